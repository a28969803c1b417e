package dev.framepipe.player.macos;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;

import dev.framepipe.player.frame.Colorimetry;
import dev.framepipe.player.frame.Colorimetry.Matrix;
import dev.framepipe.player.frame.Colorimetry.Range;

/**
 * CoreVideo for real, without a window: the pool the attribute map asks for makes IOSurface-backed NV12 buffers
 * whose planes hold odd sizes, and a frame written through the production copy reads back intact. Settles whether
 * {@code '420v'} buffers take odd sizes.
 */
@EnabledOnOs(OS.MAC)
class CoreVideoMacTest {
    private final CoreVideoAllocator allocator = new CoreVideoAllocator();
    private final List<Long> buffers = new ArrayList<>();
    private long pool;

    @AfterEach
    void release() {
        buffers.forEach(allocator::releaseBuffer);
        if (pool != 0) {
            allocator.releasePool(pool);
        }
        allocator.close();
    }

    @ParameterizedTest(name = "{0}x{1} {2}")
    @CsvSource({
        "1, 1, LIMITED",
        "3, 3, LIMITED",
        "321, 241, LIMITED",
        "1920, 1080, LIMITED",
        "318, 240, FULL",
    })
    void poolBuffersAreIoSurfaceBackedNv12WithPlanesThatHoldTheFrame(int width, int height, Range range) {
        PixelBufferSpec spec = PixelBufferSpec.of(width, height, Colorimetry.of(Matrix.BT709, range));
        pool = allocator.createPool(spec);
        for (int i = 0; i < 5; i++) {
            long buffer = allocator.createBuffer(pool);
            buffers.add(buffer);

            assertThat(CoreVideo.CVPixelBufferGetPixelFormatType(buffer)).isEqualTo(spec.pixelFormat());
            assertThat(CoreVideo.CVPixelBufferGetPlaneCount(buffer)).isEqualTo(2);
            assertThat(CoreVideo.CVPixelBufferGetIOSurface(buffer)).isNotZero();
            assertThat(CoreVideo.CVPixelBufferGetBytesPerRowOfPlane(buffer, 0)).isGreaterThanOrEqualTo(width);
            assertThat(CoreVideo.CVPixelBufferGetBytesPerRowOfPlane(buffer, 1))
                    .isGreaterThanOrEqualTo(2L * ((width + 1) / 2));
            assertThat(CoreVideo.CVPixelBufferGetHeightOfPlane(buffer, 0)).isEqualTo(height);
            assertThat(CoreVideo.CVPixelBufferGetHeightOfPlane(buffer, 1)).isEqualTo((height + 1) / 2);
        }
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"3, 3", "321, 241", "1920, 1080"})
    void aFrameWrittenThroughTheCopyReadsBackRowByRow(int width, int height) {
        Colorimetry colorimetry = Colorimetry.of(Matrix.BT601, Range.LIMITED);
        PixelBufferSpec spec = PixelBufferSpec.of(width, height, colorimetry);
        TestFrame frame = TestFrame.patterned(width, height, colorimetry);
        pool = allocator.createPool(spec);
        long buffer = allocator.createBuffer(pool);
        buffers.add(buffer);

        allocator.write(buffer, spec, frame);

        CvReturn.check(CoreVideo.CVPixelBufferLockBaseAddress(buffer, CoreVideo.LOCK_READ_ONLY), "lock read-only");
        try {
            for (int plane = 0; plane < 2; plane++) {
                Pointer base = new Pointer(CoreVideo.CVPixelBufferGetBaseAddressOfPlane(buffer, plane));
                long bytesPerRow = CoreVideo.CVPixelBufferGetBytesPerRowOfPlane(buffer, plane);
                int rowBytes = spec.geometry().rowBytes(plane);
                int stride = frame.layout().stride(plane);
                byte[] row = new byte[rowBytes];
                byte[] expected = new byte[rowBytes];
                for (int r = 0; r < spec.geometry().rows(plane); r++) {
                    base.read(r * bytesPerRow, row, 0, rowBytes);
                    System.arraycopy(frame.plane(plane), r * stride, expected, 0, rowBytes);
                    assertThat(row).as("plane %d row %d", plane, r).isEqualTo(expected);
                }
            }
        } finally {
            CoreVideo.CVPixelBufferUnlockBaseAddress(buffer, CoreVideo.LOCK_READ_ONLY);
        }
    }

    @Test
    void everyConstantTheAttributesAndAttachmentsUseResolves() {
        for (CvSymbol symbol : CvSymbol.values()) {
            assertThat(CoreVideoConstants.resolve(symbol)).as(symbol.symbol()).isNotZero();
        }
        assertThat(MacTestSupport.text(CoreVideoConstants.resolve(CvSymbol.PIXEL_FORMAT_TYPE_KEY)))
                .isEqualTo("PixelFormatType");
        assertThat(MacTestSupport.text(CoreVideoConstants.resolve(CvSymbol.IOSURFACE_PROPERTIES_KEY)))
                .isEqualTo("IOSurfaceProperties");
    }

    @Test
    void aMalformedAttributeDictionaryIsRefusedWithANamedCode() {
        long attributes = CfDictionaries.createEmpty();
        long notANumber = CoreFoundation.CFStringCreateWithCString(0, "wide", CoreFoundation.ENCODING_UTF8);
        Memory out = new Memory(8);
        long outAddress = Pointer.nativeValue(out);
        try {
            CoreFoundation.CFDictionarySetValue(attributes, CoreVideoConstants.resolve(CvSymbol.WIDTH_KEY),
                    notANumber);
            int code = CoreVideo.CVPixelBufferPoolCreate(0, 0, attributes, outAddress);
            if (code == 0) {
                // Some releases only complain when the first buffer is made.
                long lenientPool = out.getLong(0);
                code = CoreVideo.CVPixelBufferPoolCreatePixelBuffer(0, lenientPool, outAddress);
                if (code == 0) {
                    CoreVideo.CVPixelBufferRelease(out.getLong(0));
                }
                CoreVideo.CVPixelBufferPoolRelease(lenientPool);
            }
            System.out.println("a string Width gives " + CvReturn.describe(code));

            assertThat(code).isNotZero();
        } finally {
            CoreFoundation.CFRelease(notANumber);
            CoreFoundation.CFRelease(attributes);
            out.close();
        }
    }
}
