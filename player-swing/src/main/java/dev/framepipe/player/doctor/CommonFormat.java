package dev.framepipe.player.doctor;

import java.util.List;

/**
 * The formats users ask about most, each with how GStreamer plays it (decoders of a caps type, or named source and
 * demuxer elements) and the packages that provide it. VP8 and VP9 are asked for without an alpha channel, as
 * ordinary streams are, so that the alpha-channel decoding bins do not show as their decoders. Homebrew's {@code gstreamer} and the official Windows and macOS
 * installers (complete set of features) carry every plugin listed here.
 */
enum CommonFormat {
    H264("H.264 video", "video/x-h264", Packages.LIBAV, "gstreamer1-plugin-openh264 (Fedora) or gstreamer1-libav "
            + "(RPM Fusion)"),
    H265("H.265 video", "video/x-h265", Packages.LIBAV, "gstreamer1-libav (RPM Fusion)"),
    VP8("VP8 video", "video/x-vp8, codec-alpha=(boolean)false", "gstreamer1.0-plugins-good", "gstreamer1-plugins-good"),
    VP9("VP9 video", "video/x-vp9, codec-alpha=(boolean)false", "gstreamer1.0-plugins-good", "gstreamer1-plugins-good"),
    AV1("AV1 video", "video/x-av1", "gstreamer1.0-plugins-bad or gstreamer1.0-libav", "gstreamer1-plugins-bad-free"),
    MPEG2("MPEG-2 video", "video/mpeg, mpegversion=(int)2", "gstreamer1.0-plugins-ugly or gstreamer1.0-libav",
            "gstreamer1-plugins-ugly-free"),
    AAC("AAC audio", "audio/mpeg, mpegversion=(int)4", Packages.LIBAV, "gstreamer1-plugin-libav"),
    OPUS("Opus audio", "audio/x-opus", "gstreamer1.0-plugins-base", "gstreamer1-plugins-base"),
    MP3("MP3 audio", "audio/mpeg, mpegversion=(int)1, layer=(int)3", "gstreamer1.0-plugins-good",
            "gstreamer1-plugins-good"),
    VORBIS("Vorbis audio", "audio/x-vorbis", "gstreamer1.0-plugins-base", "gstreamer1-plugins-base"),
    HLS("HLS streams", List.of("hlsdemux2", "hlsdemux"), "gstreamer1.0-plugins-bad", "gstreamer1-plugins-bad-free"),
    DASH("DASH streams", List.of("dashdemux2", "dashdemux"), "gstreamer1.0-plugins-bad",
            "gstreamer1-plugins-bad-free"),
    RTSP("RTSP cameras", List.of("rtspsrc"), "gstreamer1.0-plugins-good", "gstreamer1-plugins-good");

    private final String displayName;
    private final String caps;
    private final List<String> elements;
    private final String debian;
    private final String fedora;

    CommonFormat(String displayName, String caps, String debian, String fedora) {
        this(displayName, caps, List.of(), debian, fedora);
    }

    CommonFormat(String displayName, List<String> elements, String debian, String fedora) {
        this(displayName, null, elements, debian, fedora);
    }

    CommonFormat(String displayName, String caps, List<String> elements, String debian, String fedora) {
        this.displayName = displayName;
        this.caps = caps;
        this.elements = elements;
        this.debian = debian;
        this.fedora = fedora;
    }

    String displayName() {
        return displayName;
    }

    /** The caps of a codec, whose decoders the registry lists; null for a protocol. */
    String caps() {
        return caps;
    }

    /** The elements of a protocol, preferred first; empty for a codec. */
    List<String> elements() {
        return elements;
    }

    /** The packages that provide the format on each platform. */
    String installAdvice() {
        return "Debian/Ubuntu: sudo apt-get install " + debian + "; Fedora: sudo dnf install " + fedora
                + "; macOS: brew install gstreamer; Windows: GStreamer's MSVC runtime installer, complete";
    }

    /** Package names used by several formats. */
    private static final class Packages {
        static final String LIBAV = "gstreamer1.0-libav";
    }
}
