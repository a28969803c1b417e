package dev.framepipe.demo;

import java.util.List;

import javax.swing.SwingUtilities;

/**
 * Starts the demo player. {@code --help} lists the options; a wrong argument is reported on standard error with exit
 * status 2, before any window opens.
 */
public final class DemoMain {
    private static final int USAGE_ERROR = 2;

    private DemoMain() {
    }

    /**
     * Runs the demo.
     *
     * @param args files, URIs and options; see {@code --help}
     */
    public static void main(String[] args) {
        CommandLine commandLine;
        try {
            commandLine = CommandLine.parse(List.of(args));
        } catch (UsageException e) {
            System.err.println("framepipe demo: " + e.getMessage());
            System.err.println("Run it with --help to see what it accepts.");
            System.exit(USAGE_ERROR);
            return;
        }
        if (commandLine.help()) {
            System.out.println(CommandLine.USAGE);
            return;
        }
        DemoPreferences preferences = new DemoPreferences(DemoPreferences.userNode());
        if (commandLine.wall()) {
            SwingUtilities.invokeLater(() -> {
                commandLine.theme().orElse(preferences.theme()).apply();
                WallWindow.show(commandLine.entries());
            });
            return;
        }
        SwingUtilities.invokeLater(() -> DemoApp.start(commandLine, preferences, CacheDirectory.forUser()));
    }
}
