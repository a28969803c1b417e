package dev.framepipe.demo;

/** What the demo's own actions do; {@link DemoActions} says how they look. Event dispatch thread only. */
interface DemoCommands {
    /** Asks for media files and plays them. */
    void openFiles();

    /** Asks for a URI and plays it. */
    void openUrl();

    /** Asks for media files and adds them to the playlist. */
    void addFiles();

    /** Saves the current frame at the video's full resolution as a PNG file. */
    void saveFrame();

    /** Saves the picture on screen, at the size shown, as a PNG file. */
    void savePictureAsShown();

    /** Asks for a subtitle file and shows it over the media playing. */
    void loadSubtitles();

    /** Shows what is known about the media playing. */
    void showMediaInfo();

    /** Closes the window. */
    void quit();

    /** Plays the previous playlist entry. */
    void previous();

    /** Plays the next playlist entry. */
    void next();

    /**
     * Says whether the playlist starts again after its last entry.
     *
     * @param repeat {@code true} to repeat
     */
    void setRepeat(boolean repeat);

    /**
     * Shows or hides the statistics overlay.
     *
     * @param visible whether to show it
     */
    void setStatisticsVisible(boolean visible);

    /**
     * Shows or hides the playlist.
     *
     * @param visible whether to show it
     */
    void setPlaylistVisible(boolean visible);

    /**
     * Switches the theme.
     *
     * @param theme the new theme
     */
    void setTheme(Theme theme);

    /** Shows the keyboard shortcuts. */
    void showShortcuts();

    /** Shows the media doctor's report on this machine. */
    void showDiagnostics();

    /** Shows what the demo is. */
    void showAbout();
}
