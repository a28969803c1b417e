package dev.framepipe.player;

/** The kinds of {@link Track} a media can have. */
public enum TrackType {
    /** Pictures. */
    VIDEO,
    /** Sound. */
    AUDIO,
    /** Timed text: captions and subtitles, embedded in the media or loaded from a file beside it. */
    SUBTITLE
}
