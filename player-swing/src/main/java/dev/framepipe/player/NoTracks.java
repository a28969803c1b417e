package dev.framepipe.player;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The {@link TrackControls} of a player that offers none: no tracks, every choice refused. Stateless. */
final class NoTracks implements TrackControls {
    static final NoTracks INSTANCE = new NoTracks();

    private NoTracks() {
    }

    @Override
    public List<Track> getTracks(TrackType type) {
        Objects.requireNonNull(type, "type");
        return List.of();
    }

    @Override
    public Optional<Track> getSelected(TrackType type) {
        Objects.requireNonNull(type, "type");
        return Optional.empty();
    }

    @Override
    public void select(Track track) {
        throw new IllegalArgumentException("this player has no tracks to choose from: " + track);
    }

    @Override
    public void select(TrackType type, int index) {
        throw new IllegalArgumentException("this player has no " + type + " track " + index);
    }

    @Override
    public void deselect(TrackType type) {
        Objects.requireNonNull(type, "type");
    }

    @Override
    public void addSubtitleFile(Path file) {
        throw new UnsupportedOperationException("this player does not show subtitles: " + file);
    }

    @Override
    public Optional<Caption> getCaption() {
        return Optional.empty();
    }
}
