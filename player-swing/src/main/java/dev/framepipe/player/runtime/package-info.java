/**
 * Finding the GStreamer runtime before gst1-java-core loads it: an application-bundled runtime, the official
 * installers of Windows and macOS, Homebrew, or the system's libraries, in the order {@link
 * dev.framepipe.player.runtime.RuntimeDiscovery} documents; checking what it found (architecture, plugins, version);
 * and pointing JNA and GStreamer at it. Pure Java except {@link dev.framepipe.player.runtime.NativeEnvironment}, which
 * sets the process environment and loads a bundled runtime's libraries. Internal.
 */
package dev.framepipe.player.runtime;
