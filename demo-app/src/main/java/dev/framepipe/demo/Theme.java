package dev.framepipe.demo;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import javax.swing.UIManager;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;

/** The demo's two looks, both FlatLaf. Switching repaints every open window in the new theme. */
enum Theme {
    /** FlatLaf Light. */
    LIGHT(FlatLightLaf::new),
    /** FlatLaf Dark. */
    DARK(FlatDarkLaf::new);

    private final Supplier<FlatLaf> lookAndFeel;

    Theme(Supplier<FlatLaf> lookAndFeel) {
        this.lookAndFeel = lookAndFeel;
    }

    /**
     * Finds a theme by its command-line name.
     *
     * @param name {@code light} or {@code dark}, in any case
     * @return the theme, or empty for any other name
     */
    static Optional<Theme> named(String name) {
        for (Theme theme : values()) {
            if (theme.name().equalsIgnoreCase(name.trim())) {
                return Optional.of(theme);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the theme in use.
     *
     * @return {@link #DARK} while a dark FlatLaf theme is installed, otherwise {@link #LIGHT}
     */
    static Theme current() {
        return UIManager.getLookAndFeel() instanceof FlatLaf && FlatLaf.isLafDark() ? DARK : LIGHT;
    }

    /**
     * Installs this theme and updates the windows that are open. Event dispatch thread only.
     */
    void apply() {
        FlatLaf.setup(lookAndFeel.get());
        FlatLaf.updateUI();
    }

    /**
     * Returns the name used on the command line and in the preferences.
     *
     * @return for instance "dark"
     */
    String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
