package dev.framepipe.player.engine;

import java.util.List;

import dev.framepipe.player.AudioOutput;
import dev.framepipe.player.MediaDiagnostics;
import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.MediaPlayerProvider;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.PlayerOptions;
import dev.framepipe.player.doctor.Doctor;
import dev.framepipe.player.pipeline.AudioDevices;

/**
 * The library's {@link MediaPlayerProvider}: players on the GStreamer engine ({@link GstMediaPlayer}). Found by
 * {@link MediaPlayer#create} through {@link java.util.ServiceLoader}; declared in the module descriptor and in
 * {@code META-INF/services}. Stateless and thread-safe.
 */
public final class GstMediaPlayerProvider implements MediaPlayerProvider {
    /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
    public GstMediaPlayerProvider() {
    }

    @Override
    public MediaPlayer create(MediaSource source, PlayerOptions options) {
        return GstMediaPlayer.open(source, options);
    }

    @Override
    public List<AudioOutput> audioOutputs() {
        return AudioDevices.list();
    }

    @Override
    public MediaDiagnostics diagnose() {
        return Doctor.examine();
    }
}
