package dev.framepipe.player.render;

import dev.framepipe.player.frame.Colorimetry;
import dev.framepipe.player.frame.Colorimetry.Matrix;
import dev.framepipe.player.frame.Colorimetry.Range;

/**
 * The six matrix and range combinations the converter supports, with the colorimetry string GStreamer takes for
 * each ({@code range:matrix:transfer:primaries} for the full-range ones, which have no name).
 */
enum ColourCase {
    BT601_LIMITED(Matrix.BT601, Range.LIMITED, "bt601"),
    BT709_LIMITED(Matrix.BT709, Range.LIMITED, "bt709"),
    BT2020_LIMITED(Matrix.BT2020, Range.LIMITED, "bt2020"),
    BT601_FULL(Matrix.BT601, Range.FULL, "1:4:0:0"),
    BT709_FULL(Matrix.BT709, Range.FULL, "1:3:0:0"),
    BT2020_FULL(Matrix.BT2020, Range.FULL, "1:6:0:0");

    final Colorimetry colorimetry;
    final String gstreamer;

    ColourCase(Matrix matrix, Range range, String gstreamer) {
        this.colorimetry = Colorimetry.of(matrix, range);
        this.gstreamer = gstreamer;
    }
}
