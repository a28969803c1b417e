package dev.framepipe.player.macos;

/**
 * The CoreVideo {@code CFStringRef} constants the pixel-buffer attributes and colour attachments use, named by their
 * exported symbol. On macOS each is resolved once from the CoreVideo library ({@link CoreVideoConstants}); here they
 * stay plain names, so the attribute maps can be built and checked on any platform.
 */
enum CvSymbol {
    /** Pixel buffer attribute: the pixel format ({@code OSType}). */
    PIXEL_FORMAT_TYPE_KEY("kCVPixelBufferPixelFormatTypeKey"),
    /** Pixel buffer attribute: width in pixels. */
    WIDTH_KEY("kCVPixelBufferWidthKey"),
    /** Pixel buffer attribute: height in pixels. */
    HEIGHT_KEY("kCVPixelBufferHeightKey"),
    /** Pixel buffer attribute: IOSurface properties; its presence (even empty) makes buffers IOSurface-backed. */
    IOSURFACE_PROPERTIES_KEY("kCVPixelBufferIOSurfacePropertiesKey"),
    /** Pixel buffer attribute: buffers usable as Metal textures. */
    METAL_COMPATIBILITY_KEY("kCVPixelBufferMetalCompatibilityKey"),
    /** Pool attribute: buffers the pool keeps ready. */
    POOL_MINIMUM_BUFFER_COUNT_KEY("kCVPixelBufferPoolMinimumBufferCountKey"),
    /** Attachment key: the YCbCr → RGB matrix. */
    YCBCR_MATRIX_KEY("kCVImageBufferYCbCrMatrixKey"),
    /** Attachment key: the colour primaries. */
    COLOR_PRIMARIES_KEY("kCVImageBufferColorPrimariesKey"),
    /** Attachment key: the transfer function. */
    TRANSFER_FUNCTION_KEY("kCVImageBufferTransferFunctionKey"),
    /** Matrix: ITU-R BT.601-4. */
    YCBCR_MATRIX_ITU_R_601_4("kCVImageBufferYCbCrMatrix_ITU_R_601_4"),
    /** Matrix: ITU-R BT.709-2. */
    YCBCR_MATRIX_ITU_R_709_2("kCVImageBufferYCbCrMatrix_ITU_R_709_2"),
    /** Matrix: ITU-R BT.2020 (non-constant luminance). */
    YCBCR_MATRIX_ITU_R_2020("kCVImageBufferYCbCrMatrix_ITU_R_2020"),
    /** Primaries: SMPTE C (SMPTE 170M), GStreamer's primaries for BT.601 video. */
    COLOR_PRIMARIES_SMPTE_C("kCVImageBufferColorPrimaries_SMPTE_C"),
    /** Primaries: ITU-R BT.709-2. */
    COLOR_PRIMARIES_ITU_R_709_2("kCVImageBufferColorPrimaries_ITU_R_709_2"),
    /** Primaries: ITU-R BT.2020. */
    COLOR_PRIMARIES_ITU_R_2020("kCVImageBufferColorPrimaries_ITU_R_2020"),
    /** Transfer: ITU-R BT.709-2, which BT.601 video shares. */
    TRANSFER_FUNCTION_ITU_R_709_2("kCVImageBufferTransferFunction_ITU_R_709_2"),
    /** Transfer: ITU-R BT.2020. */
    TRANSFER_FUNCTION_ITU_R_2020("kCVImageBufferTransferFunction_ITU_R_2020");

    private final String symbol;

    CvSymbol(String symbol) {
        this.symbol = symbol;
    }

    /**
     * Returns the exported symbol.
     *
     * @return for instance {@code "kCVPixelBufferWidthKey"}
     */
    String symbol() {
        return symbol;
    }
}
