package dev.framepipe.player.macos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;

import dev.framepipe.player.frame.Colorimetry;

/** Native memory from JNA stands in for a locked pixel-buffer plane: the writer's checks run for real here. */
class NativePlaneWriterTest {
    private static final byte SENTINEL = (byte) 0x5A;
    private final Memory plane = new Memory(64 * 10 + 32);
    private final NativePlaneWriter writer = new NativePlaneWriter();

    @AfterEach
    void free() {
        plane.close();
    }

    @Test
    void copiesAFramePlaneIntoNativeMemoryAtTheNativeStride() {
        plane.setMemory(0, plane.size(), SENTINEL);
        TestFrame frame = TestFrame.patterned(50, 20, Colorimetry.of(Colorimetry.Matrix.BT601,
                Colorimetry.Range.LIMITED));
        writer.moveTo(Pointer.nativeValue(plane), 64, 10);

        PlaneCopier.copy(frame.plane(1), frame.layout().stride(1), writer, 64, 10, 50);

        for (int row = 0; row < 10; row++) {
            for (int column = 0; column < 64; column++) {
                byte expected = column < 50 ? frame.plane(1)[row * frame.layout().stride(1) + column] : SENTINEL;
                assertThat(plane.getByte(row * 64L + column)).as("row %d column %d", row, column)
                        .isEqualTo(expected);
            }
        }
        assertThat(plane.getByte(640)).as("first byte past the plane").isEqualTo(SENTINEL);
    }

    @Test
    void writesOutsideThePlaneOrTheSourceAreRefusedAndWriteNothing() {
        plane.setMemory(0, plane.size(), SENTINEL);
        writer.moveTo(Pointer.nativeValue(plane), 64, 10);
        byte[] row = new byte[64];

        assertThatThrownBy(() -> writer.write(640 - 63, row, 0, 64)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> writer.write(-1, row, 0, 1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> writer.write(0, row, 1, 64)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> writer.write(0, row, 0, -1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> writer.write(Long.MAX_VALUE, row, 0, 64))
                .isInstanceOf(IndexOutOfBoundsException.class);
        for (long i = 0; i < plane.size(); i++) {
            assertThat(plane.getByte(i)).isEqualTo(SENTINEL);
        }
        assertThat(writer.capacity()).isEqualTo(640);
    }

    @Test
    void afterResetNothingCanBeWritten() {
        writer.moveTo(Pointer.nativeValue(plane), 64, 10);
        writer.reset();

        assertThat(writer.capacity()).isZero();
        assertThatThrownBy(() -> writer.write(0, new byte[1], 0, 1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void aNullPlaneOrAnEmptySizeIsRefused() {
        assertThatThrownBy(() -> writer.moveTo(0, 64, 10)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> writer.moveTo(Pointer.nativeValue(plane), 0, 10))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> writer.moveTo(Pointer.nativeValue(plane), Long.MAX_VALUE, 2))
                .isInstanceOf(ArithmeticException.class);
    }
}
