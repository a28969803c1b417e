package dev.framepipe.player.pipeline;

import org.freedesktop.gstreamer.Element;
import org.freedesktop.gstreamer.ElementFactory;
import org.freedesktop.gstreamer.elements.PlayBin;

/**
 * Limits the threads of each software video decoder playbin makes ({@code avdec_*}'s {@code max-threads}), as
 * {@link dev.framepipe.player.PlayerOptions#withDecoderThreads} asks. By default libav decodes on as many threads as
 * there are cores; with many small streams at once (a camera wall) that only adds switching between threads.
 *
 * <p>Threading: called on the GStreamer thread that adds the element.
 */
final class DecoderThreads implements PlayBin.ELEMENT_SETUP {
    private final int threads;

    /**
     * Creates the setup.
     *
     * @param threads the most threads per decoder, at least 1
     */
    DecoderThreads(int threads) {
        this.threads = threads;
    }

    @Override
    public void elementSetup(PlayBin playbin, Element element) {
        if (isLibavVideoDecoder(element)) {
            element.set("max-threads", threads);
        }
    }

    /**
     * Tells whether an element is a libav video decoder (its audio decoders have no threads to limit).
     *
     * @param element the element
     * @return {@code true} for {@code avdec_h264} and its kind
     */
    static boolean isLibavVideoDecoder(Element element) {
        ElementFactory factory = element.getFactory();
        return factory != null && factory.getName().startsWith("avdec_") && factory.getKlass().contains("Video");
    }
}
