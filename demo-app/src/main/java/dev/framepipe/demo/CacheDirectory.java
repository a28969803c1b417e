package dev.framepipe.demo;

import java.nio.file.Path;
import java.util.Locale;

/** Where the demo keeps files it can make again (the built-in sample): the platform's per-user cache directory. */
final class CacheDirectory {
    private CacheDirectory() {
    }

    /**
     * Returns the demo's cache directory for the current user; it may not exist yet.
     *
     * @return {@code ~/Library/Caches/Framepipe} on macOS, {@code %LOCALAPPDATA%\Framepipe\Cache} on Windows,
     *         {@code $XDG_CACHE_HOME/framepipe} (by default {@code ~/.cache/framepipe}) elsewhere
     */
    static Path forUser() {
        Path home = Path.of(System.getProperty("user.home"));
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Caches").resolve("Framepipe");
        }
        if (os.startsWith("windows")) {
            String local = System.getenv("LOCALAPPDATA");
            Path base = local != null ? Path.of(local) : home.resolve("AppData").resolve("Local");
            return base.resolve("Framepipe").resolve("Cache");
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        // The XDG specification says a relative value is invalid and must be ignored.
        Path base = xdg != null && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".cache");
        return base.resolve("framepipe");
    }
}
