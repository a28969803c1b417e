package dev.framepipe.player.testing;

import java.util.ArrayList;
import java.util.List;

/** Splits a gst-launch description into arguments the way a shell would, honouring double quotes. */
final class GstLaunchArguments {
    private GstLaunchArguments() {
    }

    static List<String> split(String description) {
        List<String> arguments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : description.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (Character.isWhitespace(c) && !quoted) {
                if (current.length() > 0) {
                    arguments.add(current.toString());
                    current.setLength(0);
                }
            } else {
                current.append(c);
            }
        }
        if (current.length() > 0) {
            arguments.add(current.toString());
        }
        return arguments;
    }
}
