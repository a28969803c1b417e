package dev.framepipe.player.macos;

import com.sun.jna.NativeLibrary;

/**
 * What this package uses of QuartzCore: the {@code CALayer} and {@code CATransaction} classes, the
 * {@code kCAGravityResizeAspect} constant, and transactions with implicit animations off. Opening QuartzCore here,
 * before the classes are looked up, is what registers {@code CALayer} with the runtime. macOS only.
 *
 * <p>Transactions are thread-local: {@link #withoutActions} runs on the main thread, whose run loop then renders
 * the committed changes.
 */
final class CoreAnimation {
    private static final NativeLibrary QUARTZ_CORE = MacLibraries.load("QuartzCore");
    static final long CALAYER = Objc.requireClass("CALayer");
    static final long CATRANSACTION = Objc.requireClass("CATransaction");
    static final long GRAVITY_RESIZE_ASPECT = MacLibraries.globalValue(QUARTZ_CORE, "kCAGravityResizeAspect");

    /** The layer properties that change during playback and would otherwise animate for 0.25 s. */
    private static final String[] ANIMATED_KEYS = {"contents", "bounds", "position", "frame", "hidden",
        "contentsScale"};

    private CoreAnimation() {
    }

    /**
     * Makes layer changes in one transaction in which nothing animates
     * ({@code [CATransaction begin]; [CATransaction setDisableActions:YES]; …; [CATransaction commit]}).
     *
     * @param changes the changes; main thread
     */
    static void withoutActions(Runnable changes) {
        ObjcMessages.sendVoid(CATRANSACTION, Objc.BEGIN);
        try {
            ObjcMessages.sendVoidWithBool(CATRANSACTION, Objc.SET_DISABLE_ACTIONS, Objc.YES);
            changes.run();
        } finally {
            ObjcMessages.sendVoid(CATRANSACTION, Objc.COMMIT);
        }
    }

    /**
     * Creates the video layer: a {@code CALayer} that scales its contents to fit with the aspect ratio kept
     * ({@code kCAGravityResizeAspect}) and has no implicit animations for the properties that change while video
     * plays, even when something other than {@link #withoutActions} changes them. Main thread.
     *
     * @return the layer (+1, from {@code alloc}/{@code init}, so no autorelease pool is involved)
     */
    static long newVideoLayer() {
        long layer = ObjcMessages.sendId(ObjcMessages.sendId(CALAYER, Objc.ALLOC), Objc.INIT);
        ObjcMessages.sendVoidWithId(layer, Objc.SET_CONTENTS_GRAVITY, GRAVITY_RESIZE_ASPECT);
        long actions = CfDictionaries.createEmpty();
        try {
            for (String key : ANIMATED_KEYS) {
                long cfKey = CoreFoundation.CFStringCreateWithCString(0, key, CoreFoundation.ENCODING_UTF8);
                // kCFNull is NSNull: "no action" for that key.
                CoreFoundation.CFDictionarySetValue(actions, cfKey, CfConstants.NULL);
                CoreFoundation.CFRelease(cfKey);
            }
            ObjcMessages.sendVoidWithId(layer, Objc.SET_ACTIONS, actions);
        } finally {
            CoreFoundation.CFRelease(actions);
        }
        return layer;
    }
}
