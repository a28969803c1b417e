package dev.framepipe.player.frame;

/**
 * A frame's described layout (size, strides, offsets) does not fit the memory it came in, so reading it would run
 * outside the buffer. The frame is refused before any byte is read.
 */
public final class FrameLayoutException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is inconsistent, with the numbers
     */
    public FrameLayoutException(String message) {
        super(message);
    }
}
