package dev.framepipe.player.engine;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntSupplier;

import dev.framepipe.player.PlaybackControls;
import dev.framepipe.player.PlayerProperties;
import dev.framepipe.player.SeekMode;

/**
 * A player's {@link PlaybackControls}: validates arguments and records settings at once on the caller's thread (so
 * getters answer at once, and invalid values throw to the caller), then posts the command to the
 * {@link CommandMailbox}. Thread-safe; never blocks.
 */
final class Controls implements PlaybackControls {
    private final PlayerSettings settings;
    private final CommandMailbox mailbox;
    private final EngineEvents events;
    private final IntSupplier completedCycles;

    Controls(PlayerSettings settings, CommandMailbox mailbox, EngineEvents events, IntSupplier completedCycles) {
        this.settings = settings;
        this.mailbox = mailbox;
        this.events = events;
        this.completedCycles = completedCycles;
    }

    @Override
    public void play() {
        mailbox.play();
    }

    @Override
    public void pause() {
        mailbox.pause();
    }

    @Override
    public void stop() {
        mailbox.stop();
    }

    @Override
    public void seek(Duration position) {
        seek(position, SeekMode.ACCURATE);
    }

    @Override
    public void seek(Duration position, SeekMode mode) {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(mode, "mode");
        mailbox.seek(Nanos.saturated(position), mode);
    }

    @Override
    public void stepForward() {
        mailbox.step(1);
    }

    @Override
    public void stepBackward() {
        mailbox.step(-1);
    }

    @Override
    public double setRate(double rate) {
        double clamped = PlayerSettings.clampRate(rate);
        double old = settings.rate();
        settings.rate(clamped);
        events.publishProperty(PlayerProperties.RATE, old, clamped);
        mailbox.rateChanged();
        return clamped;
    }

    @Override
    public double getRate() {
        return settings.rate();
    }

    @Override
    public void setCycleCount(int count) {
        PlayRange old = settings.changeRange(range -> range.withCycleCount(count));
        events.publishProperty(PlayerProperties.CYCLE_COUNT, old.cycleCount(), count);
        mailbox.rangeChanged();
    }

    @Override
    public int getCycleCount() {
        return settings.range().cycleCount();
    }

    @Override
    public int getCompletedCycles() {
        return completedCycles.getAsInt();
    }

    @Override
    public void setLooping(boolean looping) {
        setCycleCount(looping ? INDEFINITE : 1);
    }

    @Override
    public boolean isLooping() {
        return settings.range().cycleCount() == INDEFINITE;
    }

    @Override
    public void setStartTime(Duration start) {
        Objects.requireNonNull(start, "start");
        PlayRange old = settings.changeRange(range -> range.withStart(start));
        events.publishProperty(PlayerProperties.START_TIME, Duration.ofNanos(old.startNanos()), start);
        mailbox.rangeChanged();
    }

    @Override
    public Duration getStartTime() {
        return settings.startTime();
    }

    @Override
    public void setStopTime(Duration stop) {
        PlayRange old = settings.changeRange(range -> range.withStop(stop));
        events.publishProperty(PlayerProperties.STOP_TIME, old.stopTime().orElse(null), stop);
        mailbox.rangeChanged();
    }

    @Override
    public Optional<Duration> getStopTime() {
        return settings.range().stopTime();
    }
}
