package dev.framepipe.player.swing;

/** What a {@link VideoComponent} is showing, so applications (and users) can tell an empty area from a broken one. */
public enum DisplayState {
    /** No player is set. */
    NO_MEDIA,
    /** The player is opening its media; no frame yet. */
    LOADING,
    /** Frames are shown. */
    VIDEO,
    /** The media has no video; the component says so. */
    AUDIO_ONLY,
    /** The media has a video track, but it ended without a single frame (an empty track); the component says so. */
    NO_PICTURE,
    /**
     * The player is not one of the library's (an application's own {@link dev.framepipe.player.MediaPlayer}, a test
     * double): it delivers no frames to the component, which shows its status instead of a picture.
     */
    STATUS_ONLY,
    /** The player halted; the component shows the error message. */
    ERROR
}
