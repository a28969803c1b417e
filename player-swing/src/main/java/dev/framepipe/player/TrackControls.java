package dev.framepipe.player;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The tracks of a {@link MediaPlayer}'s media and which of them play: list them, choose the audio track and the
 * subtitle track (or none), load subtitle files, and read the caption shown now. May be called from any thread.
 *
 * <p><b>When tracks are known.</b> The lists are empty until the player is {@link Status#READY}, then list what the
 * media has, followed by subtitle files found beside a local file ({@code movie.srt}, {@code movie.en.srt},
 * {@code movie.de.vtt}; see {@link PlayerOptions#withSubtitleFilesFound(boolean)}) and those added with
 * {@link #addSubtitleFile}. A stream that adds or removes tracks updates them. Each change fires
 * {@link PlayerProperties#TRACKS} on the EDT.
 *
 * <p><b>What is chosen.</b> At open, the audio track and the subtitle track are the first whose language is in the
 * player's preferred languages ({@link PlayerOptions#withAudioLanguages}, {@link PlayerOptions#withSubtitleLanguages}),
 * else the track the media marks as default, else the first. A choice takes effect within milliseconds while playing
 * or paused, keeps the position, and fires {@link PlayerProperties#AUDIO_TRACK} or
 * {@link PlayerProperties#SUBTITLE_TRACK}.
 *
 * <p><b>Captions.</b> The text of the chosen subtitle track reaches Java: {@link #getCaption()} and the bound property
 * {@link PlayerProperties#CAPTION} follow the frame on screen, and {@code VideoComponent} paints them at screen
 * resolution. Nothing is burnt into the video.
 */
public interface TrackControls {
    /** The extensions of the subtitle files {@link #addSubtitleFile} reads, in lower case, without the dot. */
    List<String> SUBTITLE_FILE_EXTENSIONS = List.of("srt", "vtt", "ass", "ssa", "sub");

    /**
     * Lists the tracks of one kind.
     *
     * @param type the kind
     * @return the tracks in index order, immutable; empty before READY or when the media has none
     */
    List<Track> getTracks(TrackType type);

    /**
     * Returns the track of a kind that plays now.
     *
     * @param type the kind
     * @return the track, or empty when none is chosen (subtitles off) or the media has none
     */
    Optional<Track> getSelected(TrackType type);

    /**
     * Plays a track: the audio track heard, or the subtitle track shown. A video track is already the one shown
     * when it is the only one; choosing among several video tracks is not supported.
     *
     * @param track one of this player's tracks, as listed now
     * @throws IllegalArgumentException if the player does not list this track (a stale list, another player's track,
     *                                  or a video track)
     */
    void select(Track track);

    /**
     * Plays the track of a kind with an index.
     *
     * @param type  {@link TrackType#AUDIO} or {@link TrackType#SUBTITLE}
     * @param index the track's index
     * @throws IllegalArgumentException if there is no such track, or {@code type} is VIDEO
     */
    void select(TrackType type, int index);

    /**
     * Turns a kind of track off: no sound, or no captions.
     *
     * @param type {@link TrackType#AUDIO} or {@link TrackType#SUBTITLE}
     * @throws IllegalArgumentException if {@code type} is VIDEO
     */
    void deselect(TrackType type);

    /**
     * Loads a subtitle file (SubRip {@code .srt}, WebVTT {@code .vtt}, SubStation {@code .ssa}/{@code .ass} or
     * MicroDVD {@code .sub}) for the media, adds it as a subtitle track and shows it. The file is read in the
     * background; UTF-8, UTF-16 with a byte order mark, and Windows-1252/Latin-1 text are recognised. A file that
     * cannot be used (missing, unreadable, empty, not a subtitle format, too large) is reported as a non-fatal
     * {@link MediaPlayerListener#error} naming the file and the reason; playback goes on.
     *
     * @param file the subtitle file
     */
    void addSubtitleFile(Path file);

    /**
     * Loads a subtitle file written in a known encoding, for the legacy code pages that cannot be recognised
     * reliably (Windows-1251, Shift-JIS, GB 18030, ...); otherwise as {@link #addSubtitleFile(Path)}.
     *
     * @param file     the subtitle file
     * @param encoding its text's encoding
     */
    default void addSubtitleFile(Path file, Charset encoding) {
        addSubtitleFile(file);
    }

    /**
     * Returns the caption for the frame on screen.
     *
     * @return the cue shown now, or empty when there is none (between cues, or subtitles off)
     */
    Optional<Caption> getCaption();
}
