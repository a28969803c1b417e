package dev.framepipe.player.macos;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.framepipe.player.frame.Colorimetry;
import dev.framepipe.player.frame.VideoLayout;

/**
 * What the pixel buffers for a stream look like: size, NV12 pixel format (video or full range) and the colour
 * attachments, and from that the attribute dictionaries CoreVideo is given, as plain maps keyed by
 * {@link CvSymbol} ({@link CfDictionaries} turns them into {@code CFDictionary}s on macOS).
 *
 * <p>Buffers are IOSurface-backed (an empty {@code IOSurfaceProperties} dictionary) and Metal compatible, which is
 * what Core Animation needs to show them without a copy. Immutable; made only when the stream's layout changes.
 */
final class PixelBufferSpec {
    /**
     * Buffers the pool keeps ready: one being written, one pending for the main thread, one displayed, and one
     * Core Animation may still be compositing.
     */
    static final int MINIMUM_BUFFER_COUNT = 4;

    private final Nv12Geometry geometry;
    private final Colorimetry colorimetry;
    private final int pixelFormat;

    private PixelBufferSpec(int width, int height, Colorimetry colorimetry) {
        this.geometry = new Nv12Geometry(width, height);
        this.colorimetry = colorimetry;
        this.pixelFormat = colorimetry.range() == Colorimetry.Range.FULL
                ? FourCC.NV12_FULL_RANGE : FourCC.NV12_VIDEO_RANGE;
    }

    /**
     * Returns the spec for frames of a size and colorimetry.
     *
     * @param width       pixels, at least 1
     * @param height      pixels, at least 1
     * @param colorimetry matrix and range of the frames
     * @return the spec
     */
    static PixelBufferSpec of(int width, int height, Colorimetry colorimetry) {
        return new PixelBufferSpec(width, height, colorimetry);
    }

    /**
     * Returns the spec for frames with a layout.
     *
     * @param layout the frames' layout
     * @return the spec
     */
    static PixelBufferSpec of(VideoLayout layout) {
        return of(layout.width(), layout.height(), layout.format().colorimetry());
    }

    /**
     * Tells whether frames with a layout fit this spec as is, so the frame path can keep its spec without
     * allocating.
     *
     * @param layout a frame's layout
     * @return {@code true} if size and colorimetry are the same
     */
    boolean describes(VideoLayout layout) {
        return layout.width() == geometry.width() && layout.height() == geometry.height()
                && layout.format().colorimetry() == colorimetry;
    }

    /**
     * Tells whether buffers of another spec can come from the same pool: same size and pixel format. The colour
     * attachments may differ, they are set per buffer.
     *
     * @param other another spec
     * @return {@code true} if one pool serves both
     */
    boolean sharesPoolWith(PixelBufferSpec other) {
        return other.geometry.width() == geometry.width() && other.geometry.height() == geometry.height()
                && other.pixelFormat == pixelFormat;
    }

    /**
     * Returns the plane geometry.
     *
     * @return the geometry
     */
    Nv12Geometry geometry() {
        return geometry;
    }

    /**
     * Returns the pixel format.
     *
     * @return {@link FourCC#NV12_VIDEO_RANGE} or {@link FourCC#NV12_FULL_RANGE}
     */
    int pixelFormat() {
        return pixelFormat;
    }

    /**
     * Returns the colorimetry.
     *
     * @return the colorimetry
     */
    Colorimetry colorimetry() {
        return colorimetry;
    }

    /**
     * Returns the pixel buffer attributes: pixel format, width and height as 32-bit numbers, an empty IOSurface
     * properties dictionary, and Metal compatibility {@code true}.
     *
     * @return an unmodifiable map in that order; values are {@code Integer}, {@code Map} or {@code Boolean}
     */
    Map<CvSymbol, Object> pixelBufferAttributes() {
        Map<CvSymbol, Object> attributes = new LinkedHashMap<>();
        attributes.put(CvSymbol.PIXEL_FORMAT_TYPE_KEY, pixelFormat);
        attributes.put(CvSymbol.WIDTH_KEY, geometry.width());
        attributes.put(CvSymbol.HEIGHT_KEY, geometry.height());
        attributes.put(CvSymbol.IOSURFACE_PROPERTIES_KEY, Collections.emptyMap());
        attributes.put(CvSymbol.METAL_COMPATIBILITY_KEY, Boolean.TRUE);
        return Collections.unmodifiableMap(attributes);
    }

    /**
     * Returns the pool attributes.
     *
     * @return an unmodifiable map with the minimum buffer count
     */
    Map<CvSymbol, Object> poolAttributes() {
        return Collections.singletonMap(CvSymbol.POOL_MINIMUM_BUFFER_COUNT_KEY, MINIMUM_BUFFER_COUNT);
    }

    /**
     * Returns the colour attachments each buffer carries, so Core Animation converts with the stream's matrix:
     * BT.601 video gets SMPTE C primaries (GStreamer's BT.601 default) and the BT.709 transfer function, which
     * BT.601 shares; BT.709 and BT.2020 get their own matrix, primaries and transfer function.
     *
     * @return an unmodifiable map from attachment key to value
     */
    Map<CvSymbol, CvSymbol> colorAttachments() {
        Map<CvSymbol, CvSymbol> attachments = new EnumMap<>(CvSymbol.class);
        switch (colorimetry.matrix()) {
            case BT601:
                attachments.put(CvSymbol.YCBCR_MATRIX_KEY, CvSymbol.YCBCR_MATRIX_ITU_R_601_4);
                attachments.put(CvSymbol.COLOR_PRIMARIES_KEY, CvSymbol.COLOR_PRIMARIES_SMPTE_C);
                attachments.put(CvSymbol.TRANSFER_FUNCTION_KEY, CvSymbol.TRANSFER_FUNCTION_ITU_R_709_2);
                break;
            case BT2020:
                attachments.put(CvSymbol.YCBCR_MATRIX_KEY, CvSymbol.YCBCR_MATRIX_ITU_R_2020);
                attachments.put(CvSymbol.COLOR_PRIMARIES_KEY, CvSymbol.COLOR_PRIMARIES_ITU_R_2020);
                attachments.put(CvSymbol.TRANSFER_FUNCTION_KEY, CvSymbol.TRANSFER_FUNCTION_ITU_R_2020);
                break;
            default:
                attachments.put(CvSymbol.YCBCR_MATRIX_KEY, CvSymbol.YCBCR_MATRIX_ITU_R_709_2);
                attachments.put(CvSymbol.COLOR_PRIMARIES_KEY, CvSymbol.COLOR_PRIMARIES_ITU_R_709_2);
                attachments.put(CvSymbol.TRANSFER_FUNCTION_KEY, CvSymbol.TRANSFER_FUNCTION_ITU_R_709_2);
        }
        return Collections.unmodifiableMap(attachments);
    }

    @Override
    public String toString() {
        return geometry + " '" + FourCC.toString(pixelFormat) + "' " + colorimetry;
    }
}
