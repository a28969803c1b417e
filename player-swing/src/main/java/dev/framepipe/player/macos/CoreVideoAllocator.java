package dev.framepipe.player.macos;

import java.util.Map;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

import dev.framepipe.player.diagnostics.LiveResources;
import dev.framepipe.player.frame.VideoFrame;
import dev.framepipe.player.frame.VideoLayout;

/**
 * The CoreVideo {@link PixelBufferAllocator}: {@code CVPixelBufferPool}s of IOSurface-backed, Metal-compatible NV12
 * buffers, and the copy of a frame into one.
 *
 * <p>A frame is copied plane by plane: GStreamer memory into a reused staging array ({@code VideoFrame.copyPlane}),
 * then row by row into the locked buffer through the {@link NativePlaneWriter}, after the buffer's plane count,
 * pixel format, bytes per row and plane height were checked against the frame. The colour attachments are set after
 * the unlock. Steady state allocates nothing: one reused out-pointer, reused staging arrays, attachment constants
 * resolved once per spec.
 *
 * <p>Frame-thread confined except {@link #releaseBuffer}, which any thread may call. Holds the staging arrays (counted
 * in {@link LiveResources#FRAME_BUFFERS}) until {@link #close()}. macOS only.
 */
final class CoreVideoAllocator implements PixelBufferAllocator {
    private static final byte[] NONE = new byte[0];

    private final Memory out = new Memory(Native.POINTER_SIZE);
    private final long outAddress = Pointer.nativeValue(out);
    private final NativePlaneWriter writer = new NativePlaneWriter();
    private final byte[][] staging = {NONE, NONE};
    private boolean holdingStaging;
    private PixelBufferSpec attachmentsSpec;
    private long[] attachmentKeys = new long[0];
    private long[] attachmentValues = new long[0];

    @Override
    public long createPool(PixelBufferSpec spec) {
        long poolAttributes = CfDictionaries.create(spec.poolAttributes());
        try {
            long bufferAttributes = CfDictionaries.create(spec.pixelBufferAttributes());
            try {
                CvReturn.check(CoreVideo.CVPixelBufferPoolCreate(0, poolAttributes, bufferAttributes, outAddress),
                        "CVPixelBufferPoolCreate for " + spec);
                return out.getLong(0);
            } finally {
                CoreFoundation.CFRelease(bufferAttributes);
            }
        } finally {
            CoreFoundation.CFRelease(poolAttributes);
        }
    }

    @Override
    public long createBuffer(long pool) {
        CvReturn.check(CoreVideo.CVPixelBufferPoolCreatePixelBuffer(0, pool, outAddress),
                "CVPixelBufferPoolCreatePixelBuffer");
        return out.getLong(0);
    }

    @Override
    public void write(long buffer, PixelBufferSpec spec, VideoFrame frame) {
        checkFormat(buffer, spec);
        CvReturn.check(CoreVideo.CVPixelBufferLockBaseAddress(buffer, 0), "CVPixelBufferLockBaseAddress");
        try {
            for (int plane = 0; plane < Nv12Geometry.PLANES; plane++) {
                copyPlane(buffer, plane, spec.geometry(), frame);
            }
        } finally {
            writer.reset();
            CoreVideo.CVPixelBufferUnlockBaseAddress(buffer, 0);
        }
        attachColors(buffer, spec);
    }

    private static void checkFormat(long buffer, PixelBufferSpec spec) {
        int format = CoreVideo.CVPixelBufferGetPixelFormatType(buffer);
        long planes = CoreVideo.CVPixelBufferGetPlaneCount(buffer);
        if (format != spec.pixelFormat() || planes != Nv12Geometry.PLANES) {
            throw new IllegalStateException("the pool made a '" + FourCC.toString(format) + "' buffer with " + planes
                    + " planes, expected " + spec);
        }
    }

    private void copyPlane(long buffer, int plane, Nv12Geometry geometry, VideoFrame frame) {
        long bytesPerRow = CoreVideo.CVPixelBufferGetBytesPerRowOfPlane(buffer, plane);
        long rows = CoreVideo.CVPixelBufferGetHeightOfPlane(buffer, plane);
        geometry.checkDestination(plane, bytesPerRow, rows);
        VideoLayout layout = frame.layout();
        byte[] source = stagingFor(plane, layout.planeSpan(plane));
        frame.copyPlane(plane, source);
        writer.moveTo(CoreVideo.CVPixelBufferGetBaseAddressOfPlane(buffer, plane), bytesPerRow, rows);
        PlaneCopier.copy(source, layout.stride(plane), writer, bytesPerRow, geometry.rows(plane),
                geometry.rowBytes(plane));
    }

    private byte[] stagingFor(int plane, long span) {
        if (staging[plane].length < span) {
            staging[plane] = new byte[Math.toIntExact(span)];
            if (!holdingStaging) {
                holdingStaging = true;
                LiveResources.FRAME_BUFFERS.acquired();
            }
        }
        return staging[plane];
    }

    private void attachColors(long buffer, PixelBufferSpec spec) {
        if (spec != attachmentsSpec) {
            Map<CvSymbol, CvSymbol> attachments = spec.colorAttachments();
            attachmentKeys = new long[attachments.size()];
            attachmentValues = new long[attachments.size()];
            int index = 0;
            for (Map.Entry<CvSymbol, CvSymbol> attachment : attachments.entrySet()) {
                attachmentKeys[index] = CoreVideoConstants.resolve(attachment.getKey());
                attachmentValues[index] = CoreVideoConstants.resolve(attachment.getValue());
                index++;
            }
            attachmentsSpec = spec;
        }
        for (int i = 0; i < attachmentKeys.length; i++) {
            CoreVideo.CVBufferSetAttachment(buffer, attachmentKeys[i], attachmentValues[i],
                    CoreVideo.ATTACHMENT_SHOULD_PROPAGATE);
        }
    }

    @Override
    public void releaseBuffer(long buffer) {
        CoreVideo.CVPixelBufferRelease(buffer);
    }

    @Override
    public void releasePool(long pool) {
        CoreVideo.CVPixelBufferPoolFlush(pool, CoreVideo.POOL_FLUSH_EXCESS_BUFFERS);
        CoreVideo.CVPixelBufferPoolRelease(pool);
    }

    @Override
    public void close() {
        staging[0] = NONE;
        staging[1] = NONE;
        if (holdingStaging) {
            holdingStaging = false;
            LiveResources.FRAME_BUFFERS.released();
        }
        out.close();
    }
}
