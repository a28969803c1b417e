package dev.framepipe.player.macos;

/**
 * A CoreVideo call failed. Carries the raw {@code CVReturn} code, whether or not {@link CvReturn} knows it.
 */
final class CoreVideoException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int code;

    /**
     * Creates the exception.
     *
     * @param call what was called (and with what), for the message
     * @param code the {@code CVReturn} the call returned
     */
    CoreVideoException(String call, int code) {
        super(call + " failed: " + CvReturn.describe(code));
        this.code = code;
    }

    /**
     * Returns the code.
     *
     * @return the {@code CVReturn} value, for instance −6660
     */
    int code() {
        return code;
    }
}
