package dev.framepipe.player.macos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Canvas;
import java.awt.Component;
import java.awt.EventQueue;
import java.awt.Frame;
import java.awt.Rectangle;
import java.time.Duration;

import javax.swing.JPanel;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import com.sun.jna.Native;

import dev.framepipe.player.testing.Await;

/**
 * The JAWT sequence of {@link Jawt} (JNIEnv marker, object argument, function pointers read from the structs, lock
 * and free in order) run for real on X11, where {@code platformInfo} is a {@code JAWT_X11DrawingSurfaceInfo*} whose
 * first field is the drawable: it must be the window JNA's own native code finds for the same canvas. Needs a
 * display (Xvfb).
 */
@EnabledOnOs(OS.LINUX)
class JawtTest {
    private Frame window;

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            EventQueue.invokeAndWait(window::dispose);
        }
    }

    @Test
    void theDrawingSurfaceOfACanvasIsItsX11WindowWithItsBounds() throws Exception {
        Canvas canvas = new Canvas();
        show(canvas);
        long[] drawable = new long[1];
        Rectangle[] bounds = new Rectangle[1];

        EventQueue.invokeAndWait(() -> drawable[0] = Jawt.readDrawingSurface(canvas, (platformInfo, rectangle) -> {
            bounds[0] = new Rectangle(rectangle.x, rectangle.y, rectangle.width, rectangle.height);
            return platformInfo.getLong(0);
        }));

        assertThat(drawable[0]).isNotZero().isEqualTo(Native.getComponentID(canvas));
        assertThat(bounds[0]).isEqualTo(canvas.getBounds());
    }

    @Test
    void aLightweightComponentIsRefusedBeforeJawtReadsAPeerItDoesNotHave() throws Exception {
        JPanel panel = new JPanel();
        show(panel);
        Throwable[] thrown = new Throwable[1];

        EventQueue.invokeAndWait(() -> {
            try {
                Jawt.readDrawingSurface(panel, (platformInfo, bounds) -> 0);
            } catch (RuntimeException e) {
                thrown[0] = e;
            }
        });

        assertThat(thrown[0]).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("heavyweight");
    }

    @Test
    void aCanvasWithoutPeerIsRefused() {
        assertThatThrownBy(() -> Jawt.readDrawingSurface(new Canvas(), (platformInfo, bounds) -> 0))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("addNotify");
    }

    private void show(Component component) throws Exception {
        EventQueue.invokeAndWait(() -> {
            window = new Frame("JAWT");
            window.setLayout(null);
            component.setBounds(30, 40, 200, 100);
            window.add(component);
            window.setSize(400, 300);
            window.setVisible(true);
        });
        Await.until(Duration.ofSeconds(10), component::isShowing, () -> "component not showing");
    }
}
