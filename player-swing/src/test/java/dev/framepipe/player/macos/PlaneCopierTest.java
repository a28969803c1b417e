package dev.framepipe.player.macos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.framepipe.player.frame.Colorimetry;

class PlaneCopierTest {
    private static final byte SENTINEL = (byte) 0xA5;
    private static final Colorimetry BT709 = Colorimetry.of(Colorimetry.Matrix.BT709, Colorimetry.Range.LIMITED);

    @ParameterizedTest(name = "{0}x{1} into rows of {2}")
    @CsvSource({
        "321, 241, 384",
        "318, 240, 336",
        "3, 3, 64",
        "1, 1, 16",
        "1920, 1080, 2048",
    })
    void rowsLandAtTheDestinationStrideAndItsPaddingStaysUntouched(int width, int height, int destinationStride) {
        TestFrame frame = TestFrame.patterned(width, height, BT709);
        Nv12Geometry geometry = new Nv12Geometry(width, height);
        for (int plane = 0; plane < Nv12Geometry.PLANES; plane++) {
            int rows = geometry.rows(plane);
            int rowBytes = geometry.rowBytes(plane);
            ByteBuffer memory = sentinelFilled(destinationStride * rows);
            ByteBufferPlane destination = new ByteBufferPlane(memory);

            PlaneCopier.copy(frame.plane(plane), frame.layout().stride(plane), destination, destinationStride, rows,
                    rowBytes);

            int sourceStride = frame.layout().stride(plane);
            for (int row = 0; row < rows; row++) {
                for (int column = 0; column < destinationStride; column++) {
                    byte actual = memory.get(row * destinationStride + column);
                    if (column < rowBytes) {
                        assertThat(actual).as("plane %d row %d column %d", plane, row, column)
                                .isEqualTo(frame.plane(plane)[row * sourceStride + column]);
                    } else {
                        assertThat(actual).as("padding of plane %d row %d column %d", plane, row, column)
                                .isEqualTo(SENTINEL);
                    }
                }
            }
            assertThat(destination.writes()).isEqualTo(rows);
        }
    }

    @Test
    void aDestinationWithNarrowerRowsThanTheSourceGetsOnlyThePicture() {
        int sourceStride = 400;
        int rows = 5;
        int rowBytes = 321;
        byte[] source = new byte[sourceStride * rows];
        for (int i = 0; i < source.length; i++) {
            source[i] = (byte) (i % sourceStride < rowBytes ? i : 0x11);
        }
        ByteBuffer memory = sentinelFilled(336 * rows);

        PlaneCopier.copy(source, sourceStride, new ByteBufferPlane(memory), 336, rows, rowBytes);

        for (int row = 0; row < rows; row++) {
            assertThat(memory.get(row * 336)).isEqualTo(source[row * sourceStride]);
            assertThat(memory.get(row * 336 + rowBytes - 1)).isEqualTo(source[row * sourceStride + rowBytes - 1]);
            assertThat(memory.get(row * 336 + rowBytes)).isEqualTo(SENTINEL);
        }
    }

    @Test
    void equalStridesGoInOneWriteAndNothingPastTheLastRow() {
        TestFrame frame = TestFrame.patterned(318, 240, BT709);
        int stride = frame.layout().stride(0);
        ByteBuffer memory = sentinelFilled(stride * 240 + 64);
        ByteBufferPlane destination = new ByteBufferPlane(memory);

        PlaneCopier.copy(frame.plane(0), stride, destination, stride, 240, 318);

        assertThat(destination.writes()).isEqualTo(1);
        for (int row = 0; row < 240; row++) {
            for (int column = 0; column < 318; column++) {
                assertThat(memory.get(row * stride + column)).isEqualTo(frame.plane(0)[row * stride + column]);
            }
        }
        for (int i = stride * 239 + 318; i < memory.capacity(); i++) {
            assertThat(memory.get(i)).as("byte %d after the last row", i).isEqualTo(SENTINEL);
        }
    }

    @Test
    void aTooSmallDestinationIsRefusedBeforeAnyByteIsWritten() {
        byte[] source = new byte[320 * 240];
        ByteBuffer memory = sentinelFilled(384 * 239 + 319);
        ByteBufferPlane destination = new ByteBufferPlane(memory);

        assertThatThrownBy(() -> PlaneCopier.copy(source, 320, destination, 384, 240, 320))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("destination bytes");
        assertThat(destination.writes()).isZero();
    }

    @Test
    void aTooSmallSourceOrAShortStrideIsRefused() {
        ByteBufferPlane destination = new ByteBufferPlane(sentinelFilled(384 * 240));

        assertThatThrownBy(() -> PlaneCopier.copy(new byte[320 * 239], 320, destination, 384, 240, 320))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("source bytes");
        assertThatThrownBy(() -> PlaneCopier.copy(new byte[320 * 240], 320, destination, 300, 240, 320))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(destination.writes()).isZero();
    }

    private static ByteBuffer sentinelFilled(int size) {
        ByteBuffer memory = ByteBuffer.allocateDirect(size);
        for (int i = 0; i < size; i++) {
            memory.put(i, SENTINEL);
        }
        return memory;
    }
}
