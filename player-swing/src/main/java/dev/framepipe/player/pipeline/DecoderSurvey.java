package dev.framepipe.player.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.freedesktop.gstreamer.Caps;
import org.freedesktop.gstreamer.ElementFactory;
import org.freedesktop.gstreamer.PadDirection;
import org.freedesktop.gstreamer.PluginFeature;

/**
 * What GStreamer's registry holds for the media doctor: the decoders that accept a format, in the order playback's
 * automatic plugging tries them (rank, highest first; elements below the marginal rank are never picked), and the
 * hardware decoders. Starts GStreamer if it has not started. Threading: any thread.
 */
public final class DecoderSurvey {
    /** Automatic plugging ignores elements ranked below this ({@code GST_RANK_MARGINAL}). */
    private static final int MARGINAL = 64;

    private DecoderSurvey() {
    }

    /** A decoder element as the registry describes it. Immutable. */
    public static final class Decoder {
        private final String element;
        private final String longName;
        private final int rank;
        private final boolean hardware;

        Decoder(String element, String longName, int rank, boolean hardware) {
            this.element = element;
            this.longName = longName;
            this.rank = rank;
            this.hardware = hardware;
        }

        /**
         * Returns the element's factory name.
         *
         * @return for instance {@code avdec_h264}
         */
        public String element() {
            return element;
        }

        /**
         * Returns the element's description.
         *
         * @return for instance "libav H.264 / AVC / MPEG-4 AVC / MPEG-4 part 10 decoder"
         */
        public String longName() {
            return longName;
        }

        /**
         * Tells whether automatic plugging can pick the element at all.
         *
         * @return {@code true} if its rank is marginal or higher
         */
        public boolean isPluggable() {
            return rank >= MARGINAL;
        }

        /**
         * Tells whether the element decodes on a GPU or a dedicated decoder (its class names "Hardware").
         *
         * @return {@code true} for VA-API, NVDEC, VideoToolbox, Direct3D 11/12, V4L2 decoders and the like
         */
        public boolean isHardware() {
            return hardware;
        }
    }

    /**
     * Lists the decoders of a format.
     *
     * @param caps the format, for instance {@code video/x-h264}
     * @return the decoders, in the order automatic plugging tries them (rank, then name)
     */
    public static List<Decoder> decodersOf(String caps) {
        GStreamerRuntime.ensureInitialized();
        List<Decoder> decoders = new ArrayList<>();
        for (ElementFactory factory : ElementFactory.listGetElementsFilter(ElementFactory.ListType.DECODER,
                PluginFeature.Rank.NONE, Caps.fromString(caps), PadDirection.SINK, false)) {
            decoders.add(describe(factory));
        }
        decoders.sort(Comparator.comparingInt((Decoder decoder) -> -decoder.rank)
                .thenComparing(decoder -> decoder.element));
        return decoders;
    }

    /**
     * Lists the hardware decoders installed (whatever their rank, and whether or not their device is present: a
     * plugin such as {@code va} registers decoders only for devices it found).
     *
     * @return the decoders whose class names "Hardware", by name
     */
    public static List<Decoder> hardwareDecoders() {
        GStreamerRuntime.ensureInitialized();
        List<Decoder> decoders = new ArrayList<>();
        for (ElementFactory factory : ElementFactory.listGetElements(ElementFactory.ListType.DECODER,
                PluginFeature.Rank.NONE)) {
            Decoder decoder = describe(factory);
            if (decoder.hardware) {
                decoders.add(decoder);
            }
        }
        decoders.sort(Comparator.comparing(decoder -> decoder.element));
        return decoders;
    }


    private static Decoder describe(ElementFactory factory) {
        String klass = factory.getKlass();
        return new Decoder(factory.getName(), factory.getLongName(), factory.getRank(),
                klass != null && klass.toLowerCase(Locale.ROOT).contains("hardware"));
    }
}
