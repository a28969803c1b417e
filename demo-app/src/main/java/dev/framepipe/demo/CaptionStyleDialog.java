package dev.framepipe.demo;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Dialog;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Graphics;
import java.awt.GraphicsEnvironment;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.ButtonGroup;
import javax.swing.DefaultComboBoxModel;
import javax.swing.DefaultListCellRenderer;
import javax.swing.Icon;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.JSlider;
import javax.swing.WindowConstants;

import dev.framepipe.player.swing.CaptionStyle;
import dev.framepipe.player.swing.VideoComponent;

/**
 * Subtitles ▸ Style…: the captions' font, size, text colour, outline or box, and bottom margin. Each change shows at
 * once on the video, which the dialog leaves in view and, being modeless, playing, so the user judges the captions
 * as they come; OK keeps the style, Cancel, Escape or closing the dialog put back the one it opened with.
 * One dialog per video at a time: asking again brings it to the front. Event dispatch thread only.
 */
final class CaptionStyleDialog {
    /** The dialog's name, which tests look for. */
    static final String NAME = "captionStyleDialog";
    /** The box of the "Box" choice: black at two thirds, the text readable over any picture. */
    static final Color BOX = new Color(0, 0, 0, 170);
    /** Text sizes on the slider, in tenths of a percent of the picture's height: 2 % to 12 %. */
    private static final int SIZE_MIN = 20;
    private static final int SIZE_MAX = 120;
    /** Margins on the slider, in percent of the picture's height. */
    private static final int MARGIN_MAX = 20;
    private static final String DEFAULT_FONT = "Default";
    private static final String OPEN_DIALOG = CaptionStyleDialog.class.getName();

    private final VideoComponent video;
    private final CaptionStyle original;
    private final JDialog dialog;
    private final JComboBox<String> font = new JComboBox<>();
    private final JSlider size = new JSlider(SIZE_MIN, SIZE_MAX);
    private final JLabel sizeValue = new JLabel();
    private final JComboBox<NamedColour> colour = new JComboBox<>();
    private final JRadioButton outline = new JRadioButton("Outline");
    private final JRadioButton box = new JRadioButton("Box");
    private final JSlider margin = new JSlider(0, MARGIN_MAX);
    private final JLabel marginValue = new JLabel();

    private CaptionStyleDialog(Window owner, VideoComponent video) {
        this.video = video;
        this.original = video.getCaptionStyle();
        dialog = new JDialog(owner, "Subtitle Style", Dialog.ModalityType.MODELESS);
        dialog.setName(NAME);
        dialog.setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        dialog.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent event) {
                cancel();
            }

            @Override
            public void windowClosed(WindowEvent event) {
                video.putClientProperty(OPEN_DIALOG, null);
            }
        });
        fillControls(original);
        JPanel content = new JPanel(new BorderLayout(0, 16));
        content.setBorder(BorderFactory.createEmptyBorder(16, 16, 12, 16));
        content.add(form(), BorderLayout.CENTER);
        content.add(Dialogs.okCancelRow(dialog, dialog::dispose, this::cancel), BorderLayout.SOUTH);
        dialog.setContentPane(content);
        // Listened to only now, so setting the controls to the style above applied nothing.
        font.addActionListener(event -> apply());
        colour.addActionListener(event -> apply());
        outline.addActionListener(event -> apply());
        box.addActionListener(event -> apply());
        size.addChangeListener(event -> apply());
        margin.addChangeListener(event -> apply());
    }

    /**
     * Shows the dialog for a video, or brings the one already open to the front.
     *
     * @param owner the window the dialog belongs to
     * @param video the component whose captions it styles
     */
    static void show(Window owner, VideoComponent video) {
        Object open = video.getClientProperty(OPEN_DIALOG);
        if (open instanceof JDialog) {
            ((JDialog) open).toFront();
            return;
        }
        CaptionStyleDialog shown = new CaptionStyleDialog(owner, video);
        video.putClientProperty(OPEN_DIALOG, shown.dialog);
        shown.dialog.pack();
        shown.dialog.setLocation(besideOrAbove(shown.dialog.getSize(), owner));
        shown.dialog.setVisible(true);
    }

    /**
     * Where the dialog leaves the captions in view, as a preview must: beside the window if the screen has room
     * there, else over the top of the window, since captions sit at the bottom.
     */
    private static Point besideOrAbove(Dimension size, Window owner) {
        Rectangle screen = owner.getGraphicsConfiguration().getBounds();
        Rectangle window = owner.getBounds();
        if (window.x + window.width + size.width <= screen.x + screen.width) {
            return new Point(window.x + window.width, window.y);
        }
        if (window.x - size.width >= screen.x) {
            return new Point(window.x - size.width, window.y);
        }
        return new Point(Math.max(screen.x, window.x + (window.width - size.width) / 2), window.y);
    }

    /** Fills the choices and sets the controls to a style. */
    private void fillControls(CaptionStyle style) {
        font.addItem(DEFAULT_FONT);
        for (String family : GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames()) {
            font.addItem(family);
        }
        String family = style.getFontFamily().orElse(DEFAULT_FONT);
        if (((DefaultComboBoxModel<String>) font.getModel()).getIndexOf(family) < 0) {
            // A family this machine lacks (Java shows another): listed, so OK without touching it keeps it.
            font.addItem(family);
        }
        font.setSelectedItem(family);
        size.setValue((int) Math.round(style.getScale() * 1000));
        List<NamedColour> colours = new ArrayList<>(NamedColour.OFFERED);
        NamedColour current = NamedColour.of(style.getTextColour());
        if (!colours.contains(current)) {
            // A colour the application set: offered as it is, so OK without touching it keeps it.
            colours.add(current);
        }
        colours.forEach(colour::addItem);
        colour.setSelectedItem(current);
        box.setSelected(style.getBackground().isPresent());
        outline.setSelected(!box.isSelected());
        margin.setValue((int) Math.round(style.getMargin() * 100));
        describeValues();
    }

    private JComponent form() {
        font.setName("style.font");
        font.setMaximumRowCount(16);
        size.setName("style.size");
        colour.setName("style.colour");
        colour.setRenderer(new SwatchRenderer());
        outline.setName("style.outline");
        box.setName("style.box");
        ButtonGroup edges = new ButtonGroup();
        edges.add(outline);
        edges.add(box);
        margin.setName("style.margin");
        JPanel edge = new JPanel(new FlowLayout(FlowLayout.LEADING, 0, 0));
        edge.add(outline);
        edge.add(Box.createHorizontalStrut(12));
        edge.add(box);

        JPanel form = new JPanel(new GridBagLayout());
        row(form, 0, "Font:", KeyEvent.VK_F, font, font, null);
        row(form, 1, "Size:", KeyEvent.VK_S, size, size, sizeValue);
        row(form, 2, "Text colour:", KeyEvent.VK_C, colour, colour, null);
        row(form, 3, "Edge:", KeyEvent.VK_E, edge, outline, null);
        row(form, 4, "Bottom margin:", KeyEvent.VK_M, margin, margin, marginValue);
        return form;
    }

    /**
     * Adds a labelled row to the form: the label (its mnemonic moves the focus to the control), the control, and
     * perhaps a label showing the control's value.
     */
    private static void row(JPanel form, int y, String text, int mnemonic, JComponent control, Component focused,
            JLabel value) {
        JLabel label = new JLabel(text);
        label.setDisplayedMnemonic(mnemonic);
        label.setLabelFor(focused);
        GridBagConstraints at = new GridBagConstraints();
        at.gridy = y;
        at.insets = new Insets(y == 0 ? 0 : 8, 0, 0, 12);
        at.anchor = GridBagConstraints.LINE_START;
        form.add(label, at);
        at.gridx = 1;
        at.weightx = 1;
        at.fill = GridBagConstraints.HORIZONTAL;
        at.gridwidth = value == null ? 2 : 1;
        form.add(control, at);
        if (value != null) {
            at.gridx = 2;
            at.weightx = 0;
            at.insets = new Insets(at.insets.top, 8, 0, 0);
            // Wide enough for the widest value, so the slider does not jump as the text changes.
            value.setPreferredSize(new JLabel("12.0 %").getPreferredSize());
            form.add(value, at);
        }
    }

    /** The style the controls show, over the one the dialog opened with (keeping its outline and box colours). */
    private CaptionStyle chosen() {
        String family = (String) font.getSelectedItem();
        Color text = ((NamedColour) colour.getSelectedItem()).colour;
        CaptionStyle style = original.withFontFamily(DEFAULT_FONT.equals(family) ? null : family)
                .withScale(size.getValue() / 1000.0).withMargin(margin.getValue() / 100.0);
        if (box.isSelected()) {
            return style.withColours(text, null).withBackground(original.getBackground().orElse(BOX));
        }
        return style.withColours(text, original.getOutlineColour().orElse(Color.BLACK)).withBackground(null);
    }

    /** Shows the controls' style on the video at once: the preview is the video itself. */
    private void apply() {
        describeValues();
        video.setCaptionStyle(chosen());
    }

    private void describeValues() {
        sizeValue.setText(String.format(Locale.ROOT, "%.1f %%", size.getValue() / 10.0));
        marginValue.setText(margin.getValue() + " %");
        size.getAccessibleContext().setAccessibleDescription("Text height: " + sizeValue.getText()
                + " of the picture height");
        margin.getAccessibleContext().setAccessibleDescription("Distance from the bottom: " + marginValue.getText()
                + " of the picture height");
    }

    private void cancel() {
        video.setCaptionStyle(original);
        dialog.dispose();
    }

    /** A text colour offered, with the name users see. */
    static final class NamedColour {
        /** The colours offered: those subtitle settings of TV sets and players commonly have. */
        static final List<NamedColour> OFFERED = List.of(new NamedColour("White", Color.WHITE),
                new NamedColour("Yellow", new Color(0xFFEB3B)), new NamedColour("Cyan", new Color(0x4DD0E1)),
                new NamedColour("Green", new Color(0x9CCC65)));

        final String name;
        final Color colour;

        private NamedColour(String name, Color colour) {
            this.name = name;
            this.colour = colour;
        }

        /** The offered colour of that value, or a custom one named by its hex code. */
        static NamedColour of(Color colour) {
            return OFFERED.stream().filter(offered -> offered.colour.equals(colour)).findFirst()
                    .orElseGet(() -> new NamedColour(String.format("Custom #%06X", colour.getRGB() & 0xFFFFFF),
                            colour));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof NamedColour && colour.equals(((NamedColour) other).colour);
        }

        @Override
        public int hashCode() {
            return colour.hashCode();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** Shows each colour with a swatch before its name. */
    private static final class SwatchRenderer extends DefaultListCellRenderer {
        private static final long serialVersionUID = 1L;

        @Override
        public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                boolean focused) {
            JLabel label = (JLabel) super.getListCellRendererComponent(list, value, index, selected, focused);
            if (value instanceof NamedColour) {
                label.setIcon(new Swatch(((NamedColour) value).colour));
            }
            return label;
        }
    }

    /** A small square of a colour, outlined so white shows on a light theme. */
    private static final class Swatch implements Icon {
        private static final int SIZE = 12;
        private final Color colour;

        Swatch(Color colour) {
            this.colour = colour;
        }

        @Override
        public void paintIcon(Component component, Graphics g, int x, int y) {
            g.setColor(colour);
            g.fillRect(x, y, SIZE, SIZE);
            g.setColor(Color.GRAY);
            g.drawRect(x, y, SIZE - 1, SIZE - 1);
        }

        @Override
        public int getIconWidth() {
            return SIZE;
        }

        @Override
        public int getIconHeight() {
            return SIZE;
        }
    }
}
