package dev.framepipe.player.swing;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Point;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.awt.event.HierarchyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.image.BufferedImage;
import java.time.Duration;

import javax.swing.BorderFactory;
import javax.swing.ImageIcon;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.Popup;
import javax.swing.PopupFactory;
import javax.swing.SwingConstants;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import javax.swing.UIManager;

import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.SeekMode;
import dev.framepipe.player.Thumbnails;

/**
 * The picture above a {@link SeekSlider}: while the pointer hovers over the slider or drags its thumb, a popup shows
 * the media's picture at the time under the pointer and that time; moving the thumb with the keyboard shows it at
 * the thumb for a moment. Pictures come from the player's {@link Thumbnails} in fast mode (the key frame at or
 * before the time), all in one slot, so only the newest position is decoded. The popup takes the look and feel's
 * tooltip colours, border and font. Without pictures (audio, live media, another player implementation) it shows the
 * time alone.
 *
 * <p>Event dispatch thread only.
 */
final class SeekPreview {
    /** The largest picture, in pixels. */
    static final Dimension PICTURE = new Dimension(160, 90);
    private static final int GAP = 4;
    private static final int KEYBOARD_MILLIS = 1500;

    private final SeekSlider slider;
    private final JPanel content = new JPanel(new BorderLayout(0, 2));
    private final JLabel picture = new JLabel();
    private final JLabel time = new JLabel("", SwingConstants.CENTER);
    private final Timer keyboardHide;
    private Popup popup;
    private int shownValue = -1;
    private int shownX;
    private boolean pointerInside;
    private long serial;

    SeekPreview(SeekSlider slider) {
        this.slider = slider;
        picture.setName("seekPreviewPicture");
        time.setName("seekPreviewTime");
        content.setName("seekPreview");
        content.add(picture, BorderLayout.CENTER);
        content.add(time, BorderLayout.SOUTH);
        keyboardHide = new Timer(KEYBOARD_MILLIS, event -> hide());
        keyboardHide.setRepeats(false);
        MouseAdapter mouse = new MouseAdapter() {
            @Override
            public void mouseMoved(MouseEvent event) {
                pointerInside = true;
                showAt(event.getX());
            }

            @Override
            public void mouseDragged(MouseEvent event) {
                showAt(Math.max(0, Math.min(slider.getWidth() - 1, event.getX())));
            }

            @Override
            public void mouseEntered(MouseEvent event) {
                pointerInside = true;
            }

            @Override
            public void mouseExited(MouseEvent event) {
                pointerInside = false;
                if (!slider.getValueIsAdjusting()) {
                    hide();
                }
            }

            @Override
            public void mouseReleased(MouseEvent event) {
                if (!pointerInside) {
                    hide();
                }
            }
        };
        slider.addMouseListener(mouse);
        slider.addMouseMotionListener(mouse);
        slider.addChangeListener(event -> keyboardMoved());
        slider.addFocusListener(new FocusAdapter() {
            @Override
            public void focusLost(FocusEvent event) {
                if (!pointerInside) {
                    hide();
                }
            }
        });
        slider.addHierarchyListener(event -> {
            if ((event.getChangeFlags() & HierarchyEvent.SHOWING_CHANGED) != 0 && !slider.isShowing()) {
                hide();
            }
        });
    }

    /** The thumb moved while the slider has the focus and the pointer is elsewhere: the keyboard moved it. */
    private void keyboardMoved() {
        if (slider.isFocusOwner() && !pointerInside && !slider.isFollowingPlayer() && slider.isShowing()) {
            showAt(slider.thumbCentreX());
            keyboardHide.restart();
        }
    }

    /**
     * Shows the preview for the value under an x coordinate of the slider.
     *
     * @param x the coordinate
     */
    private void showAt(int x) {
        MediaPlayer player = slider.getMediaPlayer();
        if (!slider.isPreviewEnabled() || !slider.isEnabled() || player == null || !slider.isShowing()) {
            hide();
            return;
        }
        int value = slider.valueAt(x);
        shownX = x;
        if (value == shownValue && popup != null) {
            place();
            return;
        }
        shownValue = value;
        Duration at = Duration.ofMillis(value);
        time.setText(TimeFormat.format(at));
        long request = ++serial;
        player.thumbnails().request(Thumbnails.SEEK_PREVIEW_SLOT, at, PICTURE.width, PICTURE.height, SeekMode.FAST)
                .whenComplete((thumbnail, error) -> SwingUtilities.invokeLater(() -> {
                    if (request == serial && popup != null) {
                        showPicture(thumbnail == null ? null : thumbnail.getImage());
                    }
                }));
        place();
    }

    private void showPicture(BufferedImage image) {
        picture.setIcon(image == null ? null : new ImageIcon(image));
        place();
    }

    /** A popup cannot move or grow: a new one is made where the preview now belongs. */
    private void place() {
        styleFromLookAndFeel();
        Dimension size = content.getPreferredSize();
        Point origin = slider.getLocationOnScreen();
        int x = origin.x + shownX - size.width / 2;
        int y = origin.y - size.height - GAP;
        Popup old = popup;
        popup = PopupFactory.getSharedInstance().getPopup(slider, content, x, y);
        popup.show();
        if (old != null) {
            old.hide();
        }
    }

    private void styleFromLookAndFeel() {
        Color background = UIManager.getColor("ToolTip.background");
        Color foreground = UIManager.getColor("ToolTip.foreground");
        content.setBackground(background);
        content.setOpaque(true);
        content.setBorder(BorderFactory.createCompoundBorder(UIManager.getBorder("ToolTip.border"),
                BorderFactory.createEmptyBorder(GAP, GAP, 2, GAP)));
        time.setForeground(foreground);
        if (UIManager.getFont("ToolTip.font") != null) {
            time.setFont(UIManager.getFont("ToolTip.font"));
        }
    }

    /** Hides the preview. Idempotent. */
    void hide() {
        keyboardHide.stop();
        serial++;
        shownValue = -1;
        if (popup != null) {
            popup.hide();
            popup = null;
        }
        picture.setIcon(null);
    }

    /**
     * Tells whether the preview is on screen.
     *
     * @return {@code true} while shown
     */
    boolean isShowing() {
        return popup != null;
    }
}
