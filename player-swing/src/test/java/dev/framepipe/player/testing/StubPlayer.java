package dev.framepipe.player.testing;

import java.awt.EventQueue;
import java.beans.PropertyChangeListener;
import java.beans.PropertyChangeSupport;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import dev.framepipe.player.AudioControls;
import dev.framepipe.player.MediaException;
import dev.framepipe.player.MediaInfo;
import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.MediaPlayerListener;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.PlaybackControls;
import dev.framepipe.player.PlaybackStatistics;
import dev.framepipe.player.PlayerEvents;
import dev.framepipe.player.PlayerProperties;
import dev.framepipe.player.Registration;
import dev.framepipe.player.SeekMode;
import dev.framepipe.player.Status;
import dev.framepipe.player.VideoSize;

/**
 * A {@link MediaPlayer} that is not the library's, as an application's test double is: it plays nothing and
 * announces only what the test tells it to, on the event dispatch thread, as the library's players do. Commands are
 * accepted and ignored. It counts how often its state is read, so a test can see how much work a listener does.
 * Confined to the EDT.
 */
public final class StubPlayer implements MediaPlayer {
    private final MediaSource source;
    private final PropertyChangeSupport properties = new PropertyChangeSupport(this);
    private final List<MediaPlayerListener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicInteger stateReads = new AtomicInteger();
    private Status status = Status.UNKNOWN;
    private Duration time = Duration.ZERO;
    private MediaException error;

    /**
     * Creates a stub that says it plays a source.
     *
     * @param source the source it claims to play
     */
    public StubPlayer(MediaSource source) {
        this.source = source;
    }

    /**
     * Announces a status change. EDT.
     *
     * @param newStatus the status
     */
    public void announceStatus(Status newStatus) {
        requireEdt();
        Status old = status;
        status = newStatus;
        properties.firePropertyChange(PlayerProperties.STATUS, old, newStatus);
    }

    /**
     * Announces a new playback position, as a playing player does ten times a second. EDT.
     *
     * @param newTime the position
     */
    public void announceTime(Duration newTime) {
        requireEdt();
        Duration old = time;
        time = newTime;
        properties.firePropertyChange(PlayerProperties.CURRENT_TIME, old, newTime);
    }

    /**
     * Tells whether anything listens to the position (a listener of every property, or of the position) or to the
     * player's events: what would make a player send tasks to the EDT while it plays.
     *
     * @return {@code true} if a listener would be told of a position change or an event
     */
    public boolean isFollowed() {
        return properties.hasListeners(PlayerProperties.CURRENT_TIME) || !listeners.isEmpty();
    }

    /**
     * Halts with a fatal error: the status, the error property and the error event, in one go. EDT.
     *
     * @param fatal the error
     */
    public void halt(MediaException fatal) {
        requireEdt();
        MediaException oldError = error;
        error = fatal;
        announceStatus(Status.HALTED);
        properties.firePropertyChange(PlayerProperties.ERROR, oldError, fatal);
        listeners.forEach(listener -> listener.error(this, fatal));
    }

    /**
     * Returns how often the player's state was read: its status, controls, audio controls or media information.
     *
     * @return the count since the stub was made
     */
    public int stateReads() {
        return stateReads.get();
    }

    private static void requireEdt() {
        if (!EventQueue.isDispatchThread()) {
            throw new IllegalStateException("a stub player announces on the event dispatch thread only");
        }
    }

    @Override
    public MediaSource getSource() {
        return source;
    }

    @Override
    public Status getStatus() {
        stateReads.incrementAndGet();
        return status;
    }

    @Override
    public Duration getCurrentTime() {
        return time;
    }

    @Override
    public Optional<MediaException> getError() {
        return Optional.ofNullable(error);
    }

    @Override
    public PlaybackControls controls() {
        stateReads.incrementAndGet();
        return CONTROLS;
    }

    @Override
    public AudioControls audio() {
        stateReads.incrementAndGet();
        return AUDIO;
    }

    @Override
    public MediaInfo media() {
        stateReads.incrementAndGet();
        return MEDIA;
    }

    @Override
    public PlayerEvents events() {
        return new PlayerEvents() {
            @Override
            public Registration addListener(MediaPlayerListener listener) {
                listeners.add(listener);
                return () -> listeners.remove(listener);
            }

            @Override
            public Registration addPropertyChangeListener(PropertyChangeListener listener) {
                properties.addPropertyChangeListener(listener);
                return () -> properties.removePropertyChangeListener(listener);
            }

            @Override
            public Registration addPropertyChangeListener(String propertyName, PropertyChangeListener listener) {
                properties.addPropertyChangeListener(propertyName, listener);
                return () -> properties.removePropertyChangeListener(propertyName, listener);
            }
        };
    }

    @Override
    public PlaybackStatistics statistics() {
        return STATISTICS;
    }

    @Override
    public void dispose() {
        if (EventQueue.isDispatchThread()) {
            announceStatus(Status.DISPOSED);
        } else {
            EventQueue.invokeLater(() -> announceStatus(Status.DISPOSED));
        }
    }

    /** A seekable 320x240 video with audio, of unknown duration. */
    private static final MediaInfo MEDIA = new MediaInfo() {
        @Override
        public Optional<Duration> getDuration() {
            return Optional.empty();
        }

        @Override
        public Optional<VideoSize> getVideoSize() {
            return Optional.of(new VideoSize(320, 240));
        }

        @Override
        public double getPixelAspectRatio() {
            return 1.0;
        }

        @Override
        public double getFrameRate() {
            return 0;
        }

        @Override
        public Optional<String> getColorimetry() {
            return Optional.empty();
        }

        @Override
        public Optional<String> getTitle() {
            return Optional.empty();
        }

        @Override
        public Optional<String> getContainerFormat() {
            return Optional.empty();
        }

        @Override
        public Optional<String> getVideoCodec() {
            return Optional.empty();
        }

        @Override
        public Optional<String> getAudioCodec() {
            return Optional.empty();
        }

        @Override
        public Optional<String> getAudioFormat() {
            return Optional.empty();
        }

        @Override
        public boolean hasVideo() {
            return true;
        }

        @Override
        public boolean hasAudio() {
            return true;
        }

        @Override
        public boolean isSeekable() {
            return true;
        }
    };

    /** Accepts every command and changes nothing: rate 1, one cycle, no loop, no start or stop time. */
    private static final PlaybackControls CONTROLS = new PlaybackControls() {
        @Override
        public void play() {
        }

        @Override
        public void pause() {
        }

        @Override
        public void stop() {
        }

        @Override
        public void seek(Duration position) {
        }

        @Override
        public void seek(Duration position, SeekMode mode) {
        }

        @Override
        public void stepForward() {
        }

        @Override
        public void stepBackward() {
        }

        @Override
        public double setRate(double rate) {
            return 1.0;
        }

        @Override
        public double getRate() {
            return 1.0;
        }

        @Override
        public void setCycleCount(int count) {
        }

        @Override
        public int getCycleCount() {
            return 1;
        }

        @Override
        public int getCompletedCycles() {
            return 0;
        }

        @Override
        public void setLooping(boolean looping) {
        }

        @Override
        public boolean isLooping() {
            return false;
        }

        @Override
        public void setStartTime(Duration start) {
        }

        @Override
        public Duration getStartTime() {
            return Duration.ZERO;
        }

        @Override
        public void setStopTime(Duration stop) {
        }

        @Override
        public Optional<Duration> getStopTime() {
            return Optional.empty();
        }
    };

    /** Full volume, not muted, whatever is asked. */
    private static final AudioControls AUDIO = new AudioControls() {
        @Override
        public double setVolume(double volume) {
            return 1.0;
        }

        @Override
        public double getVolume() {
            return 1.0;
        }

        @Override
        public void setMuted(boolean muted) {
        }

        @Override
        public boolean isMuted() {
            return false;
        }
    };

    /** No frames, ever. */
    private static final PlaybackStatistics STATISTICS = new PlaybackStatistics() {
        @Override
        public long getFramesDelivered() {
            return 0;
        }

        @Override
        public long getFramesDropped() {
            return 0;
        }

        @Override
        public long getFramesRendered() {
            return 0;
        }
    };
}
