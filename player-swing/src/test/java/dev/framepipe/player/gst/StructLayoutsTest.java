package dev.framepipe.player.gst;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The struct offsets JNA computes from the mirrors match what was measured with GStreamer 1.22 on x86-64
 * (GstVideoMeta and GstVideoInfo fields read at these offsets from real buffers agreed with their caps). A wrong offset would read garbage strides, so the frame path would refuse or mis-draw every frame.
 */
class StructLayoutsTest {
    @Test
    void mapInfo() {
        assertThat(StructLayouts.MAP_INFO_DATA).isEqualTo(16);
        assertThat(StructLayouts.MAP_INFO_SIZE_FIELD).isEqualTo(24);
        assertThat(StructLayouts.MAP_INFO_SIZE).isEqualTo(104);
    }

    @Test
    void bufferAndSegment() {
        assertThat(StructLayouts.MINI_OBJECT_TYPE).isZero();
        assertThat(StructLayouts.BUFFER_PTS).isEqualTo(72);
        assertThat(StructLayouts.MESSAGE_SRC).isEqualTo(80);
        assertThat(StructLayouts.SEGMENT_RATE).isEqualTo(8);
        assertThat(StructLayouts.SEGMENT_BASE).isEqualTo(32);
        assertThat(StructLayouts.SEGMENT_START).isEqualTo(48);
    }

    @Test
    void videoMeta() {
        assertThat(StructLayouts.VIDEO_META_WIDTH).isEqualTo(36);
        assertThat(StructLayouts.VIDEO_META_HEIGHT).isEqualTo(40);
        assertThat(StructLayouts.VIDEO_META_N_PLANES).isEqualTo(44);
        assertThat(StructLayouts.VIDEO_META_OFFSET).isEqualTo(48);
        assertThat(StructLayouts.VIDEO_META_STRIDE).isEqualTo(80);
    }

    @Test
    void videoInfo() {
        assertThat(StructLayouts.VIDEO_INFO_FINFO).isZero();
        assertThat(StructLayouts.VIDEO_INFO_WIDTH).isEqualTo(16);
        assertThat(StructLayouts.VIDEO_INFO_HEIGHT).isEqualTo(20);
        assertThat(StructLayouts.VIDEO_INFO_COLOR_RANGE).isEqualTo(40);
        assertThat(StructLayouts.VIDEO_INFO_COLOR_MATRIX).isEqualTo(44);
        assertThat(StructLayouts.VIDEO_INFO_PAR_N).isEqualTo(56);
        assertThat(StructLayouts.VIDEO_INFO_FPS_N).isEqualTo(64);
        assertThat(StructLayouts.VIDEO_INFO_OFFSET).isEqualTo(72);
        assertThat(StructLayouts.VIDEO_INFO_STRIDE).isEqualTo(104);
    }
}
