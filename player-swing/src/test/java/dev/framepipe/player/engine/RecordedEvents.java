package dev.framepipe.player.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.framepipe.player.Caption;
import dev.framepipe.player.MediaException;
import dev.framepipe.player.PlayerProperties;
import dev.framepipe.player.ReconnectAttempt;
import dev.framepipe.player.Status;

/** What the engine announced, recorded in order, for tests that run the controller without Swing or GStreamer. */
final class RecordedEvents implements EngineEvents {
    final List<Status> statuses = new ArrayList<>();
    final List<Duration> times = new ArrayList<>();
    final List<MediaException> errors = new ArrayList<>();
    final List<Duration> seeksCompleted = new ArrayList<>();
    final List<String> properties = new ArrayList<>();
    MediaException halt;
    MediaFacts media = MediaFacts.UNKNOWN;
    final List<Caption> captions = new ArrayList<>();
    TrackState tracks = TrackState.NONE;
    int endsOfMedia;
    int cyclesCompleted;
    final List<ReconnectAttempt> reconnects = new ArrayList<>();

    /**
     * Returns the status announced last.
     *
     * @return the status, UNKNOWN before the first
     */
    Status status() {
        return halt != null ? Status.HALTED : statuses.isEmpty() ? Status.UNKNOWN : statuses.get(statuses.size() - 1);
    }

    /**
     * Returns the position announced last.
     *
     * @return the position, zero before the first
     */
    Duration time() {
        return times.isEmpty() ? Duration.ZERO : times.get(times.size() - 1);
    }

    @Override
    public void publishStatus(Status status) {
        statuses.add(status);
    }

    @Override
    public void publishTime(Duration time) {
        times.add(time);
    }

    @Override
    public void publishMedia(MediaFacts facts) {
        media = facts;
    }

    @Override
    public void publishError(MediaException error) {
        errors.add(error);
    }

    @Override
    public void publishHalt(MediaException error) {
        halt = error;
    }

    @Override
    public void publishEndOfMedia() {
        endsOfMedia++;
    }

    @Override
    public void publishCycleCompleted(int completedCycles) {
        cyclesCompleted = completedCycles;
    }

    @Override
    public void publishReconnecting(ReconnectAttempt attempt) {
        reconnects.add(attempt);
    }

    @Override
    public void publishSeekCompleted(Duration position) {
        seeksCompleted.add(position);
    }

    @Override
    public void publishProperty(String name, Object old, Object now) {
        properties.add(name + "=" + now);
    }

    @Override
    public void publishTracks(TrackState state) {
        tracks = state;
    }

    @Override
    public void publishCaption(Caption caption) {
        captions.add(caption);
    }

    @Override
    public void publishBufferLevel(int percent) {
        properties.add(PlayerProperties.BUFFER_LEVEL + "=" + percent);
    }
}
