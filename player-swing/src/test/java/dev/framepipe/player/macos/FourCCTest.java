package dev.framepipe.player.macos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FourCCTest {
    @Test
    void videoRangeNv12IsTheCodeCoreVideoExpects() {
        assertThat(FourCC.NV12_VIDEO_RANGE).isEqualTo(0x34323076).isEqualTo(875704438);
        assertThat(FourCC.of("420v")).isEqualTo(FourCC.NV12_VIDEO_RANGE);
    }

    @Test
    void fullRangeNv12DiffersOnlyInTheLastCharacter() {
        assertThat(FourCC.NV12_FULL_RANGE).isEqualTo(0x34323066);
        assertThat(FourCC.NV12_FULL_RANGE ^ FourCC.NV12_VIDEO_RANGE).isEqualTo('f' ^ 'v');
    }

    @Test
    void codesReadBackAsTheirCharactersForMessages() {
        assertThat(FourCC.toString(0x34323076)).isEqualTo("420v");
        assertThat(FourCC.toString(FourCC.of("BGRA"))).isEqualTo("BGRA");
    }

    @Test
    void malformedCodesAreRefused() {
        assertThatThrownBy(() -> FourCC.of("420")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FourCC.of("42\u00e90")).isInstanceOf(IllegalArgumentException.class);
    }
}
