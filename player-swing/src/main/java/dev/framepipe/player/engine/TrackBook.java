package dev.framepipe.player.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.framepipe.player.Caption;
import dev.framepipe.player.Track;
import dev.framepipe.player.TrackType;
import dev.framepipe.player.pipeline.PipelinePort;
import dev.framepipe.player.subtitle.SubtitleFile;

/**
 * Which tracks a player has and which of them play: the embedded tracks the pipeline lists, the subtitle files
 * loaded for the media, the audio and subtitle choice, and the cues of the chosen subtitle track, handed to the
 * {@link CaptionFollower}.
 *
 * <p>Subtitle indexes run over the embedded subtitle tracks first, then the files in the order they were loaded. The
 * cues of every embedded subtitle track arrive ({@link #cue}) and are kept per track, so choosing one shows its cue
 * at once; a file's cues are all known. Audio "off" is carried out as muting (see {@link #audioOff()}): the pipeline keeps decoding, so turning it
 * back on is instant. Confined to the control thread.
 */
final class TrackBook {
    /** The most cues of an embedded track kept: a feature film has about 1,500; older ones are dropped first. */
    static final int EMBEDDED_CUE_LIMIT = 4096;

    private final PipelinePort port;
    private final EngineEvents events;
    private final CaptionFollower follower;
    private final List<String> audioLanguages;
    private final List<String> subtitleLanguages;
    private final List<SubtitleFile> files = new ArrayList<>();
    private List<Track> embedded = List.of();
    private double frameRate;
    private boolean ready;
    private int audio = CommandBatch.OFF;
    /** The audio track the user chose ({@link CommandBatch#OFF} for none), or {@link CommandBatch#NO_CHOICE}. */
    private int userAudio = CommandBatch.NO_CHOICE;
    private int subtitle = CommandBatch.OFF;
    /** The cues of each embedded subtitle track received so far, by track index. */
    private final Map<Integer, CueList> embeddedCues = new HashMap<>();
    private TrackState published = TrackState.NONE;
    /** A file the user asked to show before the media was ready; shown when it is. */
    private SubtitleFile askedBeforeReady;

    /**
     * Creates the book; it lists nothing until {@link #opened}.
     *
     * @param port              the pipeline
     * @param events            where track lists and choices are announced
     * @param follower          shows the chosen track's cues
     * @param audioLanguages    preferred audio languages, most wanted first
     * @param subtitleLanguages preferred subtitle languages, most wanted first
     */
    TrackBook(PipelinePort port, EngineEvents events, CaptionFollower follower, List<String> audioLanguages,
              List<String> subtitleLanguages) {
        this.port = port;
        this.events = events;
        this.follower = follower;
        this.audioLanguages = audioLanguages;
        this.subtitleLanguages = orLocale(subtitleLanguages);
    }

    /**
     * No subtitle preference given: the user's own language, as the default locale says. (Audio without a preference
     * follows the media's default: usually the original language, which viewers keep and read subtitles for.)
     */
    private static List<String> orLocale(List<String> languages) {
        String own = Locale.getDefault().getLanguage();
        return !languages.isEmpty() || own.isEmpty() ? languages : List.of(own);
    }

    /**
     * The media is ready: list its tracks and make the first choice (preferred language, else the media's default,
     * else the first track).
     *
     * @param videoFrameRate the video's frame rate, for frame-timed subtitle files; 0 if unknown
     */
    void opened(double videoFrameRate) {
        ready = true;
        frameRate = videoFrameRate;
        embedded = port.tracks();
        audio = automaticChoice(TrackType.AUDIO, audioLanguages);
        subtitle = askedBeforeReady != null ? fileIndex(askedBeforeReady)
                : automaticChoice(TrackType.SUBTITLE, subtitleLanguages);
        askedBeforeReady = null;
        applyAudio();
        applySubtitle();
        publish();
    }

    /** The pipeline's tracks changed: list them again; a choice that no longer exists is made again. */
    void refresh() {
        if (!ready) {
            return;
        }
        List<Track> now = port.tracks();
        if (now.equals(embedded)) {
            return;
        }
        int audioCount = count(TrackType.AUDIO);
        int subtitleCount = count(TrackType.SUBTITLE);
        embedded = now;
        if (count(TrackType.AUDIO) != audioCount) {
            // Playbin lists its streams coming and going as playback starts: the user's choice, once its track is
            // listed again, is chosen again rather than lost to the automatic one.
            int wanted = userAudio != CommandBatch.NO_CHOICE && userAudio < count(TrackType.AUDIO) ? userAudio
                    : audio >= count(TrackType.AUDIO) ? automaticChoice(TrackType.AUDIO, audioLanguages) : audio;
            if (wanted != audio) {
                audio = wanted;
                applyAudio();
            }
        }
        if (count(TrackType.SUBTITLE) != subtitleCount) {
            subtitle = automaticChoice(TrackType.SUBTITLE, subtitleLanguages);
            applySubtitle();
        }
        publish();
    }

    /**
     * Carries out the user's choices in a command batch.
     *
     * @param batch the batch; its choices were checked against the list the user saw
     */
    void choose(CommandBatch batch) {
        int audioChoice = batch.trackChoice(TrackType.AUDIO);
        if (audioChoice != CommandBatch.NO_CHOICE && audioChoice < count(TrackType.AUDIO)) {
            audio = audioChoice;
            userAudio = audioChoice;
            applyAudio();
        }
        int subtitleChoice = batch.trackChoice(TrackType.SUBTITLE);
        if (subtitleChoice != CommandBatch.NO_CHOICE && subtitleChoice < subtitleCount()) {
            subtitle = subtitleChoice;
            applySubtitle();
        }
        publish();
    }

    /**
     * A cue of an embedded subtitle track: kept with its track, and shown if that track is chosen.
     *
     * @param track the track's index
     * @param cue   the cue
     */
    void cue(int track, Caption cue) {
        CueList cues = embeddedCues.getOrDefault(track, CueList.EMPTY).plus(cue, EMBEDDED_CUE_LIMIT);
        embeddedCues.put(track, cues);
        if (track == subtitle) {
            follower.show(cues);
        }
    }

    /**
     * A subtitle file was read. It is listed after the tracks known; it is shown if asked for, or, for a file found
     * beside the media, if no subtitle is shown yet or its language is preferred over the one shown.
     *
     * @param file the file
     * @param show whether the user asked for this file
     */
    void fileLoaded(SubtitleFile file, boolean show) {
        int position = files.size();
        for (int i = 0; i < files.size(); i++) {
            if (files.get(i).path().equals(file.path())) {
                position = i;
            }
        }
        if (position == files.size()) {
            files.add(file);
        } else {
            files.set(position, file); // read again: the newer reading replaces the older
        }
        int index = count(TrackType.SUBTITLE) + position;
        if (!ready && show) {
            askedBeforeReady = file;
        }
        if (ready && (show || subtitle == CommandBatch.OFF
                || rank(fileTrack(index), subtitleLanguages) < rank(subtitleTrack(subtitle), subtitleLanguages))) {
            subtitle = index;
            applySubtitle();
        }
        publish();
    }

    /**
     * Tells whether the user turned the audio off (the engine then keeps the pipeline muted).
     *
     * @return {@code true} if a media with audio plays none
     */
    boolean audioOff() {
        return ready && audio == CommandBatch.OFF && count(TrackType.AUDIO) > 0;
    }

    private void applyAudio() {
        if (audio >= 0 && port.currentAudioTrack() != audio) {
            port.selectAudioTrack(audio);
        }
    }

    private void applySubtitle() {
        int embeddedCount = count(TrackType.SUBTITLE);
        if (subtitle >= 0 && subtitle < embeddedCount) {
            follower.show(embeddedCues.getOrDefault(subtitle, CueList.EMPTY));
        } else if (subtitle >= embeddedCount) {
            follower.show(CueList.of(files.get(subtitle - embeddedCount).cues(frameRate)));
        } else {
            follower.show(CueList.EMPTY);
        }
    }

    /** The first track in the first preferred language, else the media's default, else the first; OFF if none. */
    private int automaticChoice(TrackType type, List<String> languages) {
        List<Track> tracks = listed(type);
        Track best = null;
        for (Track track : tracks) {
            if (best == null || rank(track, languages) < rank(best, languages)
                    || rank(track, languages) == rank(best, languages) && track.isDefault() && !best.isDefault()) {
                best = track;
            }
        }
        return best == null ? CommandBatch.OFF : best.getIndex();
    }

    /** The place of a track's language in the preferences; after all of them if it has none of them. */
    private static int rank(Track track, List<String> languages) {
        if (track == null) {
            return Integer.MAX_VALUE;
        }
        for (int i = 0; i < languages.size(); i++) {
            if (track.hasLanguage(languages.get(i))) {
                return i;
            }
        }
        return languages.size();
    }

    private void publish() {
        List<Track> all = new ArrayList<>(embedded);
        int first = count(TrackType.SUBTITLE);
        for (int i = 0; i < files.size(); i++) {
            all.add(fileTrack(first + i));
        }
        TrackState state = new TrackState(all, audio >= 0 ? find(all, TrackType.AUDIO, audio) : null,
                subtitle >= 0 ? find(all, TrackType.SUBTITLE, subtitle) : null);
        if (!state.equals(published)) {
            published = state;
            events.publishTracks(state);
        }
    }

    private int fileIndex(SubtitleFile file) {
        return count(TrackType.SUBTITLE) + files.indexOf(file);
    }

    private Track fileTrack(int index) {
        SubtitleFile file = files.get(index - count(TrackType.SUBTITLE));
        return Track.builder(TrackType.SUBTITLE, index).language(file.language().orElse(null))
                .codec(file.formatName()).file(file.path()).build();
    }

    private Track subtitleTrack(int index) {
        if (index < 0) {
            return null;
        }
        return index < count(TrackType.SUBTITLE) ? find(embedded, TrackType.SUBTITLE, index) : fileTrack(index);
    }

    private List<Track> listed(TrackType type) {
        List<Track> tracks = new ArrayList<>();
        for (Track track : embedded) {
            if (track.getType() == type) {
                tracks.add(track);
            }
        }
        if (type == TrackType.SUBTITLE) {
            for (int i = 0; i < files.size(); i++) {
                tracks.add(fileTrack(count(TrackType.SUBTITLE) + i));
            }
        }
        return tracks;
    }

    private static Track find(List<Track> tracks, TrackType type, int index) {
        for (Track track : tracks) {
            if (track.getType() == type && track.getIndex() == index) {
                return track;
            }
        }
        return null;
    }

    private int subtitleCount() {
        return count(TrackType.SUBTITLE) + files.size();
    }

    /** The embedded tracks of a type. */
    private int count(TrackType type) {
        int count = 0;
        for (Track track : embedded) {
            if (track.getType() == type) {
                count++;
            }
        }
        return count;
    }
}
