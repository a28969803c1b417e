package dev.framepipe.player.macos;

/**
 * The {@code CVReturn} codes of CoreVideo ({@code CVReturn.h}), so failures are logged by name. A code this enum
 * does not know is kept as its number by {@link #describe(int)} and {@link CoreVideoException#code()}.
 *
 * <p>Note that −6660 is the generic {@code kCVReturnError}, not a pixel-format error (that is −6680).
 */
enum CvReturn {
    /** 0: success. */
    SUCCESS(0, "kCVReturnSuccess"),
    /** −6660: unspecified internal error (often a malformed attribute dictionary). */
    ERROR(-6660, "kCVReturnError"),
    /** −6661: an argument was wrong (for instance a null pointer). */
    INVALID_ARGUMENT(-6661, "kCVReturnInvalidArgument"),
    /** −6662: memory allocation failed. */
    ALLOCATION_FAILED(-6662, "kCVReturnAllocationFailed"),
    /** −6663: the operation is not supported. */
    UNSUPPORTED(-6663, "kCVReturnUnsupported"),
    /** −6680: the pixel format is not supported. */
    INVALID_PIXEL_FORMAT(-6680, "kCVReturnInvalidPixelFormat"),
    /** −6681: the buffer size is not supported. */
    INVALID_SIZE(-6681, "kCVReturnInvalidSize"),
    /** −6682: the pixel buffer attribute dictionary was rejected. */
    INVALID_PIXEL_BUFFER_ATTRIBUTES(-6682, "kCVReturnInvalidPixelBufferAttributes"),
    /** −6683: the buffer is not OpenGL compatible. */
    PIXEL_BUFFER_NOT_OPENGL_COMPATIBLE(-6683, "kCVReturnPixelBufferNotOpenGLCompatible"),
    /** −6684: the buffer is not Metal compatible. */
    PIXEL_BUFFER_NOT_METAL_COMPATIBLE(-6684, "kCVReturnPixelBufferNotMetalCompatible"),
    /** −6689: the pool's allocation threshold would be exceeded. */
    WOULD_EXCEED_ALLOCATION_THRESHOLD(-6689, "kCVReturnWouldExceedAllocationThreshold"),
    /** −6690: the pool could not allocate a buffer. */
    POOL_ALLOCATION_FAILED(-6690, "kCVReturnPoolAllocationFailed"),
    /** −6691: the pool attribute dictionary was rejected. */
    INVALID_POOL_ATTRIBUTES(-6691, "kCVReturnInvalidPoolAttributes"),
    /** −6692: a transient failure; the call may succeed when repeated. */
    RETRY(-6692, "kCVReturnRetry");

    private final int code;
    private final String constantName;

    CvReturn(int code, String constantName) {
        this.code = code;
        this.constantName = constantName;
    }

    /**
     * Returns the numeric code.
     *
     * @return the {@code CVReturn} value
     */
    int code() {
        return code;
    }

    /**
     * Returns the name of the C constant.
     *
     * @return for instance {@code "kCVReturnError"}
     */
    String constantName() {
        return constantName;
    }

    /**
     * Finds the constant for a code.
     *
     * @param code a {@code CVReturn} value
     * @return the constant, or {@code null} if the code is not one this enum knows
     */
    static CvReturn forCode(int code) {
        for (CvReturn value : values()) {
            if (value.code == code) {
                return value;
            }
        }
        return null;
    }

    /**
     * Describes a code for a message.
     *
     * @param code a {@code CVReturn} value
     * @return for instance {@code "kCVReturnError (-6660)"}, or {@code "unknown CVReturn -7000"}
     */
    static String describe(int code) {
        CvReturn known = forCode(code);
        return known == null ? "unknown CVReturn " + code : known.constantName + " (" + code + ")";
    }

    /**
     * Throws unless a call succeeded.
     *
     * @param code the {@code CVReturn} a CoreVideo call returned
     * @param call what was called, for the message
     * @throws CoreVideoException if the code is not {@link #SUCCESS}
     */
    static void check(int code, String call) {
        if (code != SUCCESS.code) {
            throw new CoreVideoException(call, code);
        }
    }
}
