package dev.framepipe.player.macos;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * Round trips through {@code objc_msgSend} on a {@code CALayer}, one per argument kind the production code passes:
 * an object, a {@code CGFloat} (read back through the double-returning shape), a {@code BOOL}, and a {@code CGRect}
 * by value (read back through scalar key paths, never a struct return). Run on every Mac architecture available:
 * arm64 and x86_64 pass these differently.
 */
@EnabledOnOs(OS.MAC)
class ObjcRuntimeMacTest {
    private long pool;
    private long layer;

    @BeforeEach
    void createLayer() {
        pool = ObjcRuntime.objc_autoreleasePoolPush();
        layer = ObjcMessages.sendId(ObjcMessages.sendId(CoreAnimation.CALAYER, Objc.ALLOC), Objc.INIT);
    }

    @AfterEach
    void releaseLayer() {
        Objc.release(layer);
        ObjcRuntime.objc_autoreleasePoolPop(pool);
    }

    @Test
    void contentsGravityTakesTheQuartzCoreConstant() {
        ObjcMessages.sendVoidWithId(layer, Objc.SET_CONTENTS_GRAVITY, CoreAnimation.GRAVITY_RESIZE_ASPECT);

        assertThat(MacTestSupport.text(ObjcMessages.sendId(layer, MacTestSupport.CONTENTS_GRAVITY)))
                .isEqualTo("resizeAspect");
    }

    @Test
    void contentsScaleRoundTripsAsACgFloat() {
        ObjcMessages.sendVoidWithDouble(layer, Objc.SET_CONTENTS_SCALE, 2.0);

        assertThat(ObjcMessages.sendDouble(layer, MacTestSupport.CONTENTS_SCALE)).isEqualTo(2.0);
    }

    @Test
    void hiddenRoundTripsAsABool() {
        ObjcMessages.sendVoidWithBool(layer, Objc.SET_HIDDEN, Objc.YES);
        assertThat(ObjcMessages.sendBool(layer, MacTestSupport.IS_HIDDEN)).isEqualTo(Objc.YES);

        ObjcMessages.sendVoidWithBool(layer, Objc.SET_HIDDEN, Objc.NO);
        assertThat(ObjcMessages.sendBool(layer, MacTestSupport.IS_HIDDEN)).isEqualTo(Objc.NO);
    }

    @Test
    void aFramePassedByValueReadsBackThroughKeyPaths() {
        ObjcMessages.sendVoidWithRect(layer, Objc.SET_FRAME, new CGRect.ByValue(10, 20, 300, 200));

        assertThat(MacTestSupport.keyPathDouble(layer, "frame.origin.x")).isEqualTo(10.0);
        assertThat(MacTestSupport.keyPathDouble(layer, "frame.origin.y")).isEqualTo(20.0);
        assertThat(MacTestSupport.keyPathDouble(layer, "frame.size.width")).isEqualTo(300.0);
        assertThat(MacTestSupport.keyPathDouble(layer, "frame.size.height")).isEqualTo(200.0);
    }

    @Test
    void theVideoLayerFitsItsContentsAndDoesNotAnimateThem() {
        long video = CoreAnimation.newVideoLayer();
        try {
            assertThat(MacTestSupport.text(ObjcMessages.sendId(video, MacTestSupport.CONTENTS_GRAVITY)))
                    .isEqualTo("resizeAspect");
            assertThat(MacTestSupport.keyPathDouble(video, "actions.@count")).isEqualTo(6.0);
        } finally {
            Objc.release(video);
        }
    }
}
