package dev.framepipe.player.subtitle;

import java.nio.file.Path;

/** A subtitle file cannot be used: its message names the file and says why, in words a user understands. */
public final class SubtitleFileException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    /**
     * Creates the exception.
     *
     * @param file   the file
     * @param reason why it cannot be used, without the file's name ("it is empty")
     * @param cause  the underlying error, or {@code null}
     */
    public SubtitleFileException(Path file, String reason, Throwable cause) {
        super("The subtitle file " + file + " cannot be shown: " + reason + ".", cause);
        this.file = file;
    }

    /**
     * Returns the file.
     *
     * @return the file that failed
     */
    public Path getFile() {
        return file;
    }
}
