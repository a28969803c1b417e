package dev.framepipe.player.engine;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.framepipe.player.Caption;
import dev.framepipe.player.Track;
import dev.framepipe.player.TrackControls;
import dev.framepipe.player.TrackType;

/**
 * A player's {@link TrackControls}: answers from the track list and caption last announced on the EDT, checks each
 * choice against that list, and posts it to the {@link CommandMailbox}, where the newest choice per type wins.
 * Subtitle files go to the {@link SubtitleLoader}. Thread-safe; never blocks.
 */
final class Tracks implements TrackControls {
    private final EventPublisher events;
    private final CommandMailbox mailbox;
    private final SubtitleLoader loader;

    Tracks(EventPublisher events, CommandMailbox mailbox, SubtitleLoader loader) {
        this.events = events;
        this.mailbox = mailbox;
        this.loader = loader;
    }

    @Override
    public List<Track> getTracks(TrackType type) {
        return events.tracks().ofType(Objects.requireNonNull(type, "type"));
    }

    @Override
    public Optional<Track> getSelected(TrackType type) {
        return events.tracks().selected(Objects.requireNonNull(type, "type"));
    }

    @Override
    public void select(Track track) {
        Objects.requireNonNull(track, "track");
        if (!events.tracks().all().contains(track)) {
            throw new IllegalArgumentException("this player does not list the track " + track
                    + "; it lists " + events.tracks().ofType(track.getType()));
        }
        select(track.getType(), track.getIndex());
    }

    @Override
    public void select(TrackType type, int index) {
        requireChoosable(type);
        if (events.tracks().find(type, index).isEmpty()) {
            throw new IllegalArgumentException("there is no " + type + " track " + index + "; the player lists "
                    + events.tracks().ofType(type).size() + " " + type + " tracks");
        }
        mailbox.chooseTrack(type, index);
    }

    @Override
    public void deselect(TrackType type) {
        requireChoosable(type);
        mailbox.chooseTrack(type, CommandBatch.OFF);
    }

    @Override
    public void addSubtitleFile(Path file) {
        loader.load(Objects.requireNonNull(file, "file"), true);
    }

    @Override
    public void addSubtitleFile(Path file, Charset encoding) {
        loader.load(Objects.requireNonNull(file, "file"), Objects.requireNonNull(encoding, "encoding"));
    }

    @Override
    public Optional<Caption> getCaption() {
        return events.caption();
    }

    private static void requireChoosable(TrackType type) {
        if (Objects.requireNonNull(type, "type") == TrackType.VIDEO) {
            throw new IllegalArgumentException("the video track cannot be chosen or turned off; choose AUDIO or "
                    + "SUBTITLE");
        }
    }
}
