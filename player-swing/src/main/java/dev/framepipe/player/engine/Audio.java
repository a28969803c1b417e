package dev.framepipe.player.engine;

import java.util.Optional;

import dev.framepipe.player.AudioControls;
import dev.framepipe.player.AudioOutput;
import dev.framepipe.player.PlayerProperties;

/**
 * A player's {@link AudioControls}: records the setting at once, then posts it to the {@link CommandMailbox}, where
 * the control thread applies the newest. Thread-safe; never blocks.
 */
final class Audio implements AudioControls {
    private final PlayerSettings settings;
    private final CommandMailbox mailbox;
    private final EngineEvents events;

    Audio(PlayerSettings settings, CommandMailbox mailbox, EngineEvents events) {
        this.settings = settings;
        this.mailbox = mailbox;
        this.events = events;
    }

    @Override
    public double setVolume(double volume) {
        double clamped = PlayerSettings.clampVolume(volume);
        double old = settings.volume();
        settings.volume(clamped);
        events.publishProperty(PlayerProperties.VOLUME, old, clamped);
        mailbox.volumeChanged();
        return clamped;
    }

    @Override
    public double getVolume() {
        return settings.volume();
    }

    @Override
    public void setMuted(boolean muted) {
        boolean old = settings.muted();
        settings.muted(muted);
        events.publishProperty(PlayerProperties.MUTED, old, muted);
        mailbox.volumeChanged();
    }

    @Override
    public boolean isMuted() {
        return settings.muted();
    }

    @Override
    public void setOutput(AudioOutput output) {
        AudioOutput old = settings.output();
        settings.output(output);
        events.publishProperty(PlayerProperties.AUDIO_OUTPUT, old, output);
        mailbox.outputChanged();
    }

    @Override
    public Optional<AudioOutput> getOutput() {
        return Optional.ofNullable(settings.output());
    }
}
