package dev.framepipe.player.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * MPEG-DASH streams for the streaming tests. GStreamer 1.22's {@code dashsink} wrote broken output here (two
 * segments for six seconds), so the stream is cut by hand, as a packager does: {@code mp4mux} writes a fragmented
 * MP4 with one fragment per second, and this class splits it at its top-level boxes into an initialization segment
 * ({@code ftyp} + {@code moov}) and one media segment per {@code moof} + {@code mdat}, with a manifest whose
 * {@code SegmentTemplate} numbers them.
 */
public final class DashClips {
    private static final int SECONDS = 6;

    private DashClips() {
    }

    /**
     * A DASH recording: {@code manifest.mpd}, {@code init.mp4} and six one-second segments {@code seg1.m4s} …
     * {@code seg6.m4s} of 320×180 H.264 at 25 fps, a moving ball; static, with a duration of 6 s.
     *
     * @return the folder holding them
     */
    public static synchronized Path recording() {
        Path source = TestClips.clip("dash-source.mp4", TestClips.video("ball", 320, 180, 25, SECONDS * 25)
                + " ! x264enc speed-preset=ultrafast key-int-max=25 ! h264parse ! mp4mux fragment-duration=1000 "
                + "! filesink location=%s");
        Path folder = source.resolveSibling("dash-recording");
        if (Files.isDirectory(folder)) {
            return folder;
        }
        try {
            Path partial = Files.createTempDirectory(source.getParent(), "dash-recording.partial");
            int segments = split(ByteBuffer.wrap(Files.readAllBytes(source)), partial);
            Files.writeString(partial.resolve("manifest.mpd"), manifest(segments), StandardCharsets.UTF_8);
            Files.move(partial, folder, StandardCopyOption.ATOMIC_MOVE);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the initialization segment and the media segments; returns how many media segments. */
    private static int split(ByteBuffer mp4, Path folder) throws IOException {
        ByteBuffer init = ByteBuffer.allocate(mp4.capacity());
        int segments = 0;
        while (mp4.remaining() >= 8) {
            int start = mp4.position();
            int size = mp4.getInt(start);
            String type = new String(new byte[] {mp4.get(start + 4), mp4.get(start + 5), mp4.get(start + 6),
                    mp4.get(start + 7)}, StandardCharsets.US_ASCII);
            if (size < 8 || size > mp4.remaining()) {
                throw new IOException("a box of " + size + " bytes at " + start + " does not fit the file");
            }
            byte[] box = new byte[size];
            mp4.get(box);
            if ("ftyp".equals(type) || "moov".equals(type)) {
                init.put(box);
            } else if ("moof".equals(type)) {
                segments++;
                Files.write(folder.resolve("seg" + segments + ".m4s"), box);
            } else if ("mdat".equals(type) && segments > 0) {
                Path segment = folder.resolve("seg" + segments + ".m4s");
                Files.write(segment, box, java.nio.file.StandardOpenOption.APPEND);
            }
        }
        Files.write(folder.resolve("init.mp4"), java.util.Arrays.copyOf(init.array(), init.position()));
        return segments;
    }

    private static String manifest(int segments) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<MPD xmlns=\"urn:mpeg:dash:schema:mpd:2011\" type=\"static\" minBufferTime=\"PT1S\"\n"
                + "     mediaPresentationDuration=\"PT" + segments + "S\" "
                + "profiles=\"urn:mpeg:dash:profile:isoff-live:2011\">\n"
                + "  <Period>\n"
                + "    <AdaptationSet mimeType=\"video/mp4\" segmentAlignment=\"true\">\n"
                + "      <Representation id=\"video\" codecs=\"avc1.42c00d\" width=\"320\" height=\"180\" "
                + "frameRate=\"25\" bandwidth=\"200000\">\n"
                + "        <SegmentTemplate timescale=\"1000\" duration=\"1000\" startNumber=\"1\" "
                + "initialization=\"init.mp4\" media=\"seg$Number$.m4s\"/>\n"
                + "      </Representation>\n"
                + "    </AdaptationSet>\n"
                + "  </Period>\n"
                + "</MPD>\n";
    }
}
