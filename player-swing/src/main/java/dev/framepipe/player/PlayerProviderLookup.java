package dev.framepipe.player;

import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Finds the {@link MediaPlayerProvider} through {@link ServiceLoader}, with the class loader that loaded
 * {@link MediaPlayer} (so an IDE plug-in's or an application server's loader finds the library's own service
 * file, not whatever the thread's context loader sees), and remembers it. Thread-safe.
 */
final class PlayerProviderLookup {
    private static volatile MediaPlayerProvider found;

    private PlayerProviderLookup() {
    }

    /**
     * Returns the provider, looking it up on first use. Two threads that race on the first use may both look it up;
     * either result is the same library's provider.
     *
     * @return the provider
     * @throws IllegalStateException if the library's provider cannot be found or loaded (the module descriptor's
     *                               {@code provides} or the {@code META-INF/services} file was lost, for instance
     *                               by repackaging into one jar)
     */
    static MediaPlayerProvider provider() {
        MediaPlayerProvider provider = found;
        if (provider == null) {
            provider = load();
            found = provider;
        }
        return provider;
    }

    private static MediaPlayerProvider load() {
        try {
            return ServiceLoader.load(MediaPlayerProvider.class, MediaPlayer.class.getClassLoader()).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no " + MediaPlayerProvider.class.getName()
                            + " found: the Framepipe jar's META-INF/services entry (or its module's provides clause)"
                            + " is missing, as happens when jars are merged without their service files"));
        } catch (ServiceConfigurationError e) {
            throw new IllegalStateException("the Framepipe player provider cannot be loaded: " + e.getMessage(), e);
        }
    }
}
