package dev.framepipe.player.engine;

import java.awt.EventQueue;
import java.beans.PropertyChangeEvent;
import java.beans.PropertyChangeListener;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import dev.framepipe.player.Caption;
import dev.framepipe.player.MediaException;
import dev.framepipe.player.MediaInfo;
import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.MediaPlayerListener;
import dev.framepipe.player.PlayerEvents;
import dev.framepipe.player.PlayerProperties;
import dev.framepipe.player.ReconnectAttempt;
import dev.framepipe.player.Registration;
import dev.framepipe.player.Status;
import dev.framepipe.player.TrackType;

/**
 * Delivers a player's events and property changes on the Swing event dispatch thread, in the order they were
 * published, and keeps the published state that the player's getters return.
 *
 * <p>Publishing methods may be called from any thread; each hop to the EDT keeps order. Position updates and setting
 * changes are coalesced ({@link CoalescedProperties}): a UI that falls behind sees the newest value, not a backlog, and
 * however fast an application calls setters, the EDT's queue does not grow with the calls. Each listener call is
 * isolated: one that throws is logged and the others still run.
 *
 * <p>A fatal error can happen within milliseconds of the player's creation, before its creator has registered a
 * listener; like JavaFX's {@code onError}, a listener added to a halted player receives that error once, on the EDT.
 */
final class EventPublisher implements PlayerEvents, EngineEvents {
    private static final System.Logger LOG = System.getLogger(EventPublisher.class.getName());

    private final MediaPlayer player;
    private final CopyOnWriteArrayList<ListenerEntry> listeners = new CopyOnWriteArrayList<>();
    private final CopyOnWriteArrayList<PropertyListener> propertyListeners = new CopyOnWriteArrayList<>();
    private final AtomicReference<Duration> pendingTime = new AtomicReference<>();
    private final CoalescedProperties settingChanges = new CoalescedProperties(EventPublisher::onEdt,
            this::fireProperty);
    /** What {@code getStatus()} returns: the status last announced, or DISPOSED as soon as the player is. */
    private volatile Status status = Status.UNKNOWN;
    /** The status last announced on the EDT, the old value of the next status change. EDT only. */
    private Status announcedStatus = Status.UNKNOWN;
    private volatile Duration time = Duration.ZERO;
    private volatile MediaException error;
    private volatile MediaFacts media = MediaFacts.UNKNOWN;
    private volatile TrackState tracks = TrackState.NONE;
    private volatile Caption caption;
    private volatile int bufferLevel = 100;

    EventPublisher(MediaPlayer player) {
        this.player = player;
    }

    Status status() {
        return status;
    }

    Duration time() {
        return time;
    }

    Optional<MediaException> error() {
        return Optional.ofNullable(error);
    }

    MediaInfo media() {
        return new MediaInfoView();
    }

    @Override
    public void publishStatus(Status newStatus) {
        onEdt(() -> announceStatus(newStatus));
    }

    private void announceStatus(Status newStatus) {
        Status old = announcedStatus;
        announcedStatus = newStatus;
        if (status != Status.DISPOSED) {
            status = newStatus;
        }
        fireProperty(PlayerProperties.STATUS, old, newStatus);
    }

    /**
     * Announces that the player was disposed. Unlike every other change, the getter says so at once: when
     * {@code dispose()} returns, {@code getStatus()} is {@link Status#DISPOSED}; the property change follows on the
     * EDT after the events queued before it, and then every listener is dropped.
     */
    void publishDisposed() {
        status = Status.DISPOSED;
        onEdt(() -> {
            announceStatus(Status.DISPOSED);
            listeners.clear();
            propertyListeners.clear();
        });
    }

    /**
     * Announces the position. The position is the one event a playing player sends all the time, so it goes to the
     * EDT only while a listener takes it: a stream of EDT tasks would keep AWT, and so an application whose windows
     * were all closed, alive. Without such a listener the getter's value is updated here (and a hop already queued
     * carries the newest value).
     */
    @Override
    public void publishTime(Duration newTime) {
        if (!anyListenerTakes(PlayerProperties.CURRENT_TIME)) {
            time = newTime;
            pendingTime.getAndUpdate(pending -> pending == null ? null : newTime);
            return;
        }
        if (pendingTime.getAndSet(newTime) == null) {
            onEdt(() -> {
                Duration latest = pendingTime.getAndSet(null);
                Duration old = time;
                time = latest;
                fireProperty(PlayerProperties.CURRENT_TIME, old, latest);
            });
        }
    }

    @Override
    public void publishMedia(MediaFacts facts) {
        onEdt(() -> {
            MediaFacts old = media;
            media = facts;
            fireProperty(PlayerProperties.DURATION, old.getDuration().orElse(null), facts.getDuration().orElse(null));
            fireProperty(PlayerProperties.VIDEO_SIZE, old.getVideoSize().orElse(null),
                    facts.getVideoSize().orElse(null));
            fireProperty(PlayerProperties.MEDIA, old, facts);
        });
    }

    /**
     * Announces a non-fatal error, such as a refused rate.
     *
     * @param exception the error
     */
    /**
     * Returns the tracks and choices last announced.
     *
     * @return the snapshot
     */
    TrackState tracks() {
        return tracks;
    }

    /**
     * Returns the caption last announced.
     *
     * @return the cue, or empty
     */
    Optional<Caption> caption() {
        return Optional.ofNullable(caption);
    }

    @Override
    public void publishTracks(TrackState state) {
        onEdt(() -> {
            TrackState old = tracks;
            tracks = state;
            fireProperty(PlayerProperties.TRACKS, old.all(), state.all());
            fireProperty(PlayerProperties.AUDIO_TRACK, old.selected(TrackType.AUDIO).orElse(null),
                    state.selected(TrackType.AUDIO).orElse(null));
            fireProperty(PlayerProperties.SUBTITLE_TRACK, old.selected(TrackType.SUBTITLE).orElse(null),
                    state.selected(TrackType.SUBTITLE).orElse(null));
        });
    }

    @Override
    public void publishBufferLevel(int percent) {
        onEdt(() -> {
            int old = bufferLevel;
            bufferLevel = percent;
            fireProperty(PlayerProperties.BUFFER_LEVEL, old, percent);
        });
    }

    int bufferLevel() {
        return bufferLevel;
    }

    @Override
    public void publishCaption(Caption now) {
        onEdt(() -> {
            Caption old = caption;
            caption = now;
            fireProperty(PlayerProperties.CAPTION, old, now);
        });
    }

    @Override
    public void publishError(MediaException exception) {
        onEdt(() -> tellListeners(exception));
    }

    /**
     * Announces a fatal error: the error and the HALTED status change in one EDT task, so a status listener that
     * sees HALTED finds {@code getError()} set, and an error listener finds the player HALTED. (Published as two
     * tasks, a status listener could see HALTED with no error: the reliability corpus caught it.)
     *
     * @param exception the error
     */
    @Override
    public void publishHalt(MediaException exception) {
        onEdt(() -> {
            MediaException oldError = error;
            error = exception;
            Status oldStatus = announcedStatus;
            announcedStatus = Status.HALTED;
            if (status != Status.DISPOSED) {
                status = Status.HALTED;
            }
            fireProperty(PlayerProperties.STATUS, oldStatus, Status.HALTED);
            fireProperty(PlayerProperties.ERROR, oldError, exception);
            tellListeners(exception);
        });
    }

    private void tellListeners(MediaException exception) {
        for (ListenerEntry entry : listeners) {
            entry.error(exception);
        }
    }

    @Override
    public void publishEndOfMedia() {
        fireListenersOnEdt(l -> l.endOfMedia(player));
    }

    @Override
    public void publishCycleCompleted(int completedCycles) {
        fireListenersOnEdt(l -> l.cycleCompleted(player, completedCycles));
    }

    @Override
    public void publishReconnecting(ReconnectAttempt attempt) {
        fireListenersOnEdt(l -> l.reconnecting(player, attempt));
    }

    @Override
    public void publishSeekCompleted(Duration position) {
        fireListenersOnEdt(l -> l.seekCompleted(player, position));
    }

    /** Events that change no state: no EDT task at all when nobody listens (a looping player sends one a cycle). */
    private void fireListenersOnEdt(Consumer<MediaPlayerListener> call) {
        if (!listeners.isEmpty()) {
            onEdt(() -> fireListeners(call));
        }
    }

    private boolean anyListenerTakes(String property) {
        for (PropertyListener entry : propertyListeners) {
            if (entry.name == null || entry.name.equals(property)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void publishProperty(String name, Object old, Object now) {
        settingChanges.post(name, old, now);
    }

    @Override
    public Registration addListener(MediaPlayerListener listener) {
        ListenerEntry entry = new ListenerEntry(Objects.requireNonNull(listener, "listener"));
        listeners.add(entry);
        onEdt(() -> {
            MediaException halted = error;
            if (halted != null && listeners.contains(entry)) {
                entry.error(halted);
            }
        });
        return () -> listeners.remove(entry);
    }

    @Override
    public Registration addPropertyChangeListener(PropertyChangeListener listener) {
        return addPropertyListener(new PropertyListener(null, listener));
    }

    @Override
    public Registration addPropertyChangeListener(String propertyName, PropertyChangeListener listener) {
        return addPropertyListener(new PropertyListener(Objects.requireNonNull(propertyName, "propertyName"),
                listener));
    }

    private Registration addPropertyListener(PropertyListener entry) {
        Objects.requireNonNull(entry.listener, "listener");
        propertyListeners.add(entry);
        return () -> propertyListeners.remove(entry);
    }

    private void fireProperty(String name, Object old, Object now) {
        if (Objects.equals(old, now)) {
            return;
        }
        PropertyChangeEvent event = new PropertyChangeEvent(player, name, old, now);
        for (PropertyListener entry : propertyListeners) {
            if (entry.name == null || entry.name.equals(name)) {
                try {
                    entry.listener.propertyChange(event);
                } catch (RuntimeException e) {
                    LOG.log(Level.ERROR, "a property listener of " + player.getSource().describe() + " failed", e);
                }
            }
        }
    }

    private void fireListeners(Consumer<MediaPlayerListener> call) {
        for (ListenerEntry entry : listeners) {
            entry.call(call);
        }
    }

    private static void onEdt(Runnable task) {
        EventQueue.invokeLater(task);
    }

    /** A listener and the fatal error it was last told about; touched only on the EDT. */
    private final class ListenerEntry {
        private final MediaPlayerListener listener;
        private MediaException told;

        ListenerEntry(MediaPlayerListener listener) {
            this.listener = listener;
        }

        /** Tells the listener about an error, unless it already heard of this one. */
        void error(MediaException exception) {
            if (exception != told) {
                told = exception;
                call(l -> l.error(player, exception));
            }
        }

        void call(Consumer<MediaPlayerListener> call) {
            try {
                call.accept(listener);
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "a listener of " + player.getSource().describe() + " failed", e);
            }
        }
    }

    /** A property listener with the property it listens to ({@code null} for all). */
    private static final class PropertyListener {
        private final String name;
        private final PropertyChangeListener listener;

        PropertyListener(String name, PropertyChangeListener listener) {
            this.name = name;
            this.listener = listener;
        }
    }

    /** The live {@link MediaInfo} view: reads the last published facts. */
    private final class MediaInfoView implements MediaInfo {
        @Override
        public Optional<Duration> getDuration() {
            return media.getDuration();
        }

        @Override
        public Optional<dev.framepipe.player.VideoSize> getVideoSize() {
            return media.getVideoSize();
        }

        @Override
        public double getPixelAspectRatio() {
            return media.getPixelAspectRatio();
        }

        @Override
        public double getFrameRate() {
            return media.getFrameRate();
        }

        @Override
        public Optional<String> getColorimetry() {
            return media.getColorimetry();
        }

        @Override
        public Optional<String> getTitle() {
            return media.getTitle();
        }

        @Override
        public Optional<String> getContainerFormat() {
            return media.getContainerFormat();
        }

        @Override
        public Optional<String> getVideoCodec() {
            return media.getVideoCodec();
        }

        @Override
        public Optional<String> getAudioCodec() {
            return media.getAudioCodec();
        }

        @Override
        public Optional<String> getAudioFormat() {
            return media.getAudioFormat();
        }

        @Override
        public Optional<String> getArtist() {
            return media.getArtist();
        }

        @Override
        public Optional<String> getAlbum() {
            return media.getAlbum();
        }

        @Override
        public Optional<String> getDate() {
            return media.getDate();
        }

        @Override
        public Optional<String> getComment() {
            return media.getComment();
        }

        @Override
        public Optional<String> getLanguage() {
            return media.getLanguage();
        }

        @Override
        public Optional<java.awt.image.BufferedImage> getCoverArt() {
            return media.getCoverArt();
        }

        @Override
        public java.util.List<dev.framepipe.player.Chapter> getChapters() {
            return media.getChapters();
        }

        @Override
        public boolean hasVideo() {
            return media.hasVideo();
        }

        @Override
        public boolean hasAudio() {
            return media.hasAudio();
        }

        @Override
        public boolean isSeekable() {
            return media.isSeekable();
        }

        @Override
        public boolean isLive() {
            return media.isLive();
        }
    }
}
