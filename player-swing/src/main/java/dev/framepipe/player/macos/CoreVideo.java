package dev.framepipe.player.macos;

import com.sun.jna.Native;

/**
 * The CoreVideo functions this package calls, direct-mapped with every {@code CF…Ref} and out-pointer as a
 * {@code long} address, so the per-frame calls allocate nothing. {@code size_t} and {@code CVOptionFlags}
 * ({@code uint64_t}) are {@code long}; {@code CVReturn}, {@code OSType} and {@code CVAttachmentMode} are
 * {@code int}. Opened when the class initialises, on macOS only.
 *
 * <p>Ownership: {@code …Create…} calls write a +1 reference into the out pointer, released with
 * {@link #CVPixelBufferRelease} / {@link #CVPixelBufferPoolRelease} (both accept 0); {@code Get} calls return
 * borrowed values. A buffer's base addresses are valid only between lock and unlock.
 */
final class CoreVideo {
    /** {@code kCVPixelBufferLock_ReadOnly}; 0 locks for writing. Unlock must use the flags of the lock. */
    static final long LOCK_READ_ONLY = 1;
    /** {@code kCVPixelBufferPoolFlushExcessBuffers}. */
    static final long POOL_FLUSH_EXCESS_BUFFERS = 1;
    /** {@code kCVAttachmentMode_ShouldPropagate}. */
    static final int ATTACHMENT_SHOULD_PROPAGATE = 1;

    static {
        Native.register(CoreVideo.class, MacLibraries.load("CoreVideo"));
    }

    private CoreVideo() {
    }

    /**
     * {@code CVReturn CVPixelBufferPoolCreate(CFAllocatorRef, CFDictionaryRef poolAttributes,
     * CFDictionaryRef pixelBufferAttributes, CVPixelBufferPoolRef *poolOut)}.
     *
     * @param allocator             0 for the default allocator
     * @param poolAttributes        the pool attributes
     * @param pixelBufferAttributes the pixel buffer attributes
     * @param poolOut               address of 8 bytes that receive the pool (+1)
     * @return the status
     */
    @CType("CVReturn")
    static native int CVPixelBufferPoolCreate(@CType("CFAllocatorRef") long allocator,
                                              @CType("CFDictionaryRef") long poolAttributes,
                                              @CType("CFDictionaryRef") long pixelBufferAttributes,
                                              @CType("CVPixelBufferPoolRef *") long poolOut);

    /**
     * {@code CVReturn CVPixelBufferPoolCreatePixelBuffer(CFAllocatorRef, CVPixelBufferPoolRef,
     * CVPixelBufferRef *pixelBufferOut)}.
     *
     * @param allocator      0 for the default allocator
     * @param pool           the pool
     * @param pixelBufferOut address of 8 bytes that receive the buffer (+1)
     * @return the status
     */
    @CType("CVReturn")
    static native int CVPixelBufferPoolCreatePixelBuffer(@CType("CFAllocatorRef") long allocator,
                                                         @CType("CVPixelBufferPoolRef") long pool,
                                                         @CType("CVPixelBufferRef *") long pixelBufferOut);

    /**
     * {@code void CVPixelBufferPoolFlush(CVPixelBufferPoolRef, CVPixelBufferPoolFlushFlags)}.
     *
     * @param pool    the pool
     * @param options {@link #POOL_FLUSH_EXCESS_BUFFERS}
     */
    static native void CVPixelBufferPoolFlush(@CType("CVPixelBufferPoolRef") long pool,
                                              @CType("CVPixelBufferPoolFlushFlags") long options);

    /**
     * {@code void CVPixelBufferPoolRelease(CVPixelBufferPoolRef)}; accepts 0.
     *
     * @param pool the pool
     */
    static native void CVPixelBufferPoolRelease(@CType("CVPixelBufferPoolRef") long pool);

    /**
     * {@code void CVPixelBufferRelease(CVPixelBufferRef)}; accepts 0. Thread-safe.
     *
     * @param pixelBuffer the buffer
     */
    static native void CVPixelBufferRelease(@CType("CVPixelBufferRef") long pixelBuffer);

    /**
     * {@code CVReturn CVPixelBufferLockBaseAddress(CVPixelBufferRef, CVPixelBufferLockFlags)}.
     *
     * @param pixelBuffer the buffer
     * @param lockFlags   0 to write, {@link #LOCK_READ_ONLY} to read
     * @return the status
     */
    @CType("CVReturn")
    static native int CVPixelBufferLockBaseAddress(@CType("CVPixelBufferRef") long pixelBuffer,
                                                   @CType("CVPixelBufferLockFlags") long lockFlags);

    /**
     * {@code CVReturn CVPixelBufferUnlockBaseAddress(CVPixelBufferRef, CVPixelBufferLockFlags)}.
     *
     * @param pixelBuffer the buffer
     * @param unlockFlags the flags it was locked with
     * @return the status
     */
    @CType("CVReturn")
    static native int CVPixelBufferUnlockBaseAddress(@CType("CVPixelBufferRef") long pixelBuffer,
                                                     @CType("CVPixelBufferLockFlags") long unlockFlags);

    /**
     * {@code void *CVPixelBufferGetBaseAddressOfPlane(CVPixelBufferRef, size_t planeIndex)}.
     *
     * @param pixelBuffer a locked buffer
     * @param planeIndex  the plane
     * @return the plane's first byte, valid until unlock
     */
    @CType("void *")
    static native long CVPixelBufferGetBaseAddressOfPlane(@CType("CVPixelBufferRef") long pixelBuffer,
                                                          @CType("size_t") long planeIndex);

    /**
     * {@code size_t CVPixelBufferGetBytesPerRowOfPlane(CVPixelBufferRef, size_t planeIndex)}.
     *
     * @param pixelBuffer the buffer
     * @param planeIndex  the plane
     * @return bytes from one row to the next
     */
    @CType("size_t")
    static native long CVPixelBufferGetBytesPerRowOfPlane(@CType("CVPixelBufferRef") long pixelBuffer,
                                                          @CType("size_t") long planeIndex);

    /**
     * {@code size_t CVPixelBufferGetHeightOfPlane(CVPixelBufferRef, size_t planeIndex)}.
     *
     * @param pixelBuffer the buffer
     * @param planeIndex  the plane
     * @return rows
     */
    @CType("size_t")
    static native long CVPixelBufferGetHeightOfPlane(@CType("CVPixelBufferRef") long pixelBuffer,
                                                     @CType("size_t") long planeIndex);

    /**
     * {@code size_t CVPixelBufferGetPlaneCount(CVPixelBufferRef)}.
     *
     * @param pixelBuffer the buffer
     * @return planes (2 for NV12)
     */
    @CType("size_t")
    static native long CVPixelBufferGetPlaneCount(@CType("CVPixelBufferRef") long pixelBuffer);

    /**
     * {@code OSType CVPixelBufferGetPixelFormatType(CVPixelBufferRef)}.
     *
     * @param pixelBuffer the buffer
     * @return the FourCC
     */
    @CType("OSType")
    static native int CVPixelBufferGetPixelFormatType(@CType("CVPixelBufferRef") long pixelBuffer);

    /**
     * {@code IOSurfaceRef CVPixelBufferGetIOSurface(CVPixelBufferRef)}.
     *
     * @param pixelBuffer the buffer
     * @return the backing surface (borrowed), or 0 if the buffer is not IOSurface-backed
     */
    @CType("IOSurfaceRef")
    static native long CVPixelBufferGetIOSurface(@CType("CVPixelBufferRef") long pixelBuffer);

    /**
     * {@code void CVBufferSetAttachment(CVBufferRef, CFStringRef key, CFTypeRef value, CVAttachmentMode)}.
     *
     * @param buffer the buffer
     * @param key    the attachment key
     * @param value  the value (retained by the buffer)
     * @param mode   {@link #ATTACHMENT_SHOULD_PROPAGATE}
     */
    static native void CVBufferSetAttachment(@CType("CVBufferRef") long buffer, @CType("CFStringRef") long key,
                                             @CType("CFTypeRef") long value, @CType("CVAttachmentMode") int mode);
}
