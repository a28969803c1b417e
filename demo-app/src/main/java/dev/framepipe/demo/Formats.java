package dev.framepipe.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;

import dev.framepipe.player.VideoSize;
import dev.framepipe.player.swing.RendererType;

/** Turns the player's figures into the words and numbers people read in the demo. */
final class Formats {
    private Formats() {
    }

    /**
     * Formats a frame rate with as many decimals as it needs, at most three.
     *
     * @param fps frames per second, above 0
     * @return for instance "30 fps" or "29.97 fps"
     */
    static String frameRate(double fps) {
        return BigDecimal.valueOf(fps).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()
                + " fps";
    }

    /**
     * Formats a frame size.
     *
     * @param size the size
     * @return for instance "1280 × 720"
     */
    static String size(VideoSize size) {
        return size.getWidth() + " \u00d7 " + size.getHeight();
    }

    /**
     * Names a renderer.
     *
     * @param type the renderer type
     * @return for instance "Java2D" or "X11 overlay"
     */
    static String renderer(RendererType type) {
        switch (type) {
            case JAVA2D:
                return "Java2D";
            case MACOS_LAYER:
                return "macOS layer";
            case LINUX_OVERLAY:
                return "X11 overlay";
            default:
                return "Automatic";
        }
    }
}
