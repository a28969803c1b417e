package dev.framepipe.player.testing;

import java.awt.EventQueue;
import java.beans.PropertyChangeEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.framepipe.player.MediaException;
import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.MediaPlayerListener;
import dev.framepipe.player.ReconnectAttempt;
import dev.framepipe.player.PlayerProperties;
import dev.framepipe.player.Status;

/**
 * Records a player's events in arrival order, and whether each arrived on the Swing event dispatch thread.
 */
public final class EventRecorder implements MediaPlayerListener {
    private final List<String> events = new CopyOnWriteArrayList<>();
    private final List<Status> statuses = new CopyOnWriteArrayList<>();
    private final List<MediaException> errors = new CopyOnWriteArrayList<>();
    private final List<String> offEdt = new CopyOnWriteArrayList<>();
    private volatile Status statusAtAttach;
    private volatile int endOfMedia;
    private volatile int cycles;
    private final List<Duration> seeksCompleted = new CopyOnWriteArrayList<>();
    private final List<ReconnectAttempt> reconnects = new CopyOnWriteArrayList<>();
    private final List<PropertyChangeEvent> properties = new CopyOnWriteArrayList<>();

    /**
     * Attaches a recorder to a player.
     *
     * @param player the player
     * @return the recorder
     */
    public static EventRecorder attach(MediaPlayer player) {
        EventRecorder recorder = new EventRecorder();
        // On the EDT, where events are delivered, so none falls between the two registrations and the status read
        // here is the one the next event starts from. A player may be READY, or HALTED by an input that fails at
        // once, before this runs. (The player itself tells a late listener of its error.)
        Windows.onEdt(() -> {
            player.events().addListener(recorder);
            player.events().addPropertyChangeListener(recorder::propertyChange);
            recorder.statusAtAttach = player.getStatus();
        });
        return recorder;
    }

    private void propertyChange(PropertyChangeEvent event) {
        record("property " + event.getPropertyName() + "=" + event.getNewValue());
        properties.add(event);
        if (PlayerProperties.STATUS.equals(event.getPropertyName())) {
            statuses.add((Status) event.getNewValue());
        }
    }

    @Override
    public void endOfMedia(MediaPlayer player) {
        record("endOfMedia");
        endOfMedia++;
    }

    @Override
    public void cycleCompleted(MediaPlayer player, int completedCycles) {
        record("cycleCompleted " + completedCycles);
        cycles = completedCycles;
    }

    @Override
    public void seekCompleted(MediaPlayer player, Duration position) {
        record("seekCompleted " + position);
        seeksCompleted.add(position);
    }

    @Override
    public void error(MediaPlayer player, MediaException error) {
        record("error " + error.getType() + ": " + error.getMessage());
        errors.add(error);
    }

    @Override
    public void reconnecting(MediaPlayer player, ReconnectAttempt attempt) {
        record(attempt.toString());
        reconnects.add(attempt);
    }

    /**
     * Returns the reconnect attempts announced.
     *
     * @return the attempts, oldest first
     */
    public List<ReconnectAttempt> reconnects() {
        return new ArrayList<>(reconnects);
    }

    private void record(String event) {
        events.add(event);
        if (!EventQueue.isDispatchThread()) {
            offEdt.add(event + " on " + Thread.currentThread().getName());
        }
    }

    /**
     * Returns the player's statuses as far as the recorder knows them: the status when it was attached (unless still
     * UNKNOWN), then each one announced since.
     *
     * @return the statuses, oldest first
     */
    public List<Status> statuses() {
        List<Status> known = new ArrayList<>();
        Status first = statusAtAttach;
        if (first != null && first != Status.UNKNOWN) {
            known.add(first);
        }
        known.addAll(statuses);
        return known;
    }

    /**
     * Returns the values a property took, as announced.
     *
     * @param name the property, one of {@link PlayerProperties}
     * @return the new value of each change, oldest first ({@code null} where the property was cleared)
     */
    public List<Object> values(String name) {
        List<Object> values = new ArrayList<>();
        for (PropertyChangeEvent event : properties) {
            if (event.getPropertyName().equals(name)) {
                values.add(event.getNewValue());
            }
        }
        return values;
    }

    /**
     * Returns every event in arrival order, as {@link #toString()} shows them ({@code "property status=READY"},
     * {@code "error MEDIA_UNSUPPORTED: ..."}).
     *
     * @return the events, oldest first
     */
    public List<String> events() {
        return new ArrayList<>(events);
    }

    public List<MediaException> errors() {
        return new ArrayList<>(errors);
    }

    public List<String> offEdt() {
        return new ArrayList<>(offEdt);
    }

    /**
     * Returns where each announced seek landed.
     *
     * @return the positions, oldest first
     */
    public List<Duration> seeksCompleted() {
        return new ArrayList<>(seeksCompleted);
    }

    public int endOfMediaCount() {
        return endOfMedia;
    }

    public int completedCycles() {
        return cycles;
    }

    /**
     * Waits for a status to be announced, or to be the player's status when the recorder was attached.
     *
     * @param status  the status
     * @param timeout the longest wait
     */
    public void awaitStatus(Status status, Duration timeout) {
        Await.until(timeout, () -> statuses().contains(status),
                () -> "waiting for " + status + "; status at attach " + statusAtAttach + ", events: " + events);
    }

    /**
     * Waits for an error event.
     *
     * @param timeout the longest wait
     * @return the first error
     */
    public MediaException awaitError(Duration timeout) {
        Await.until(timeout, () -> !errors.isEmpty(), () -> "waiting for an error; events: " + events);
        return errors.get(0);
    }

    @Override
    public String toString() {
        return events.toString();
    }
}
