package dev.framepipe.player.engine;

import java.util.List;
import java.util.stream.Collectors;

import org.freedesktop.gstreamer.Element;
import org.freedesktop.gstreamer.ElementFactory;

import dev.framepipe.player.MediaPlayer;

/** Looks inside a player's pipeline, for tests in other packages that must prove what it does not contain. */
public final class PipelineProbe {
    private PipelineProbe() {
    }

    /**
     * Returns the factory names of every element in a player's pipeline, bins included.
     *
     * @param player a live (not disposed) player made by {@code MediaPlayer.create}
     * @return the names, for instance {@code filesrc}, {@code qtdemux}, {@code appsink}
     */
    public static List<String> factoryNames(MediaPlayer player) {
        List<Element> elements = ((GstMediaPlayer) player).pipeline().pipeline().getElementsRecursive();
        return elements.stream().map(PipelineProbe::factoryName).collect(Collectors.toList());
    }

    private static String factoryName(Element element) {
        ElementFactory factory = element.getFactory();
        return factory == null ? element.getTypeName() : factory.getName();
    }
}
