package dev.framepipe.player.engine;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.framepipe.player.Track;
import dev.framepipe.player.TrackType;

/**
 * The tracks a player lists and the audio and subtitle track that play, as one immutable snapshot compared by value.
 * The control thread makes a new one when either changes and publishes it; {@link Tracks} reads the last published.
 */
final class TrackState {
    static final TrackState NONE = new TrackState(List.of(), null, null);

    private final List<Track> tracks;
    private final Track audio;
    private final Track subtitle;

    /**
     * Creates a snapshot.
     *
     * @param tracks   every track, video then audio then subtitle, each type in index order
     * @param audio    the audio track that plays, or {@code null}
     * @param subtitle the subtitle track shown, or {@code null}
     */
    TrackState(List<Track> tracks, Track audio, Track subtitle) {
        this.tracks = List.copyOf(tracks);
        this.audio = audio;
        this.subtitle = subtitle;
    }

    List<Track> all() {
        return tracks;
    }

    List<Track> ofType(TrackType type) {
        return tracks.stream().filter(track -> track.getType() == type).collect(Collectors.toUnmodifiableList());
    }

    Optional<Track> find(TrackType type, int index) {
        return tracks.stream().filter(track -> track.getType() == type && track.getIndex() == index).findFirst();
    }

    Optional<Track> selected(TrackType type) {
        switch (type) {
            case AUDIO:
                return Optional.ofNullable(audio);
            case SUBTITLE:
                return Optional.ofNullable(subtitle);
            default:
                return tracks.stream().filter(track -> track.getType() == TrackType.VIDEO).findFirst();
        }
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof TrackState)) {
            return false;
        }
        TrackState that = (TrackState) other;
        return tracks.equals(that.tracks) && Objects.equals(audio, that.audio)
                && Objects.equals(subtitle, that.subtitle);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tracks, audio, subtitle);
    }

    @Override
    public String toString() {
        return "TrackState[" + tracks + ", audio=" + audio + ", subtitle=" + subtitle + "]";
    }
}
