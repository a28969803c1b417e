package dev.framepipe.player.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.framepipe.player.Caption;
import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.PlayerOptions;
import dev.framepipe.player.Status;
import dev.framepipe.player.TrackType;
import dev.framepipe.player.testing.Await;
import dev.framepipe.player.testing.EventRecorder;
import dev.framepipe.player.testing.OpenPlayers;
import dev.framepipe.player.testing.ProcessMemory;
import dev.framepipe.player.testing.TestClips;

/**
 * What large subtitle input costs a playing player, measured: a 10 MB subtitle file, and media with 30 subtitle
 * tracks. Each figure is printed, so it can be recorded, and bounded with a margin.
 */
class SubtitleMemoryTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final int MB = 1024 * 1024;
    private static final int FILE_BYTES = 10 * MB;
    /**
     * The heap a 10 MB SubRip file may keep. It keeps its cues only, each with its markup and its plain text: 26 MB
     * measured for this file of 110,000 short two-line cues. The bound leaves 6 MB for what the player allocates
     * meanwhile, and fails if the file's text (another 10 MB) were kept as well.
     */
    private static final long FILE_HEAP_BOUND = 32L * MB;
    /** What 29 more subtitle tracks may cost, on the heap, in native memory and in resident memory each. */
    private static final long TRACKS_BOUND = 16L * MB;
    /** How many times the two players are measured in turn. */
    private static final int ROUNDS = 3;

    @RegisterExtension
    final OpenPlayers players = new OpenPlayers();

    @TempDir
    Path folder;

    private MediaPlayer player;

    @Test
    void aTenMegabyteSubtitleFilePlaysWithBoundedHeap() throws Exception {
        String subRip = TestClips.largeSubRip(FILE_BYTES);
        long cues = subRip.lines().filter(line -> line.contains("-->")).count();
        Path file = Files.writeString(folder.resolve("large.srt"), subRip, StandardCharsets.US_ASCII);
        subRip = null; // garbage before the first measurement, so not counted as the player's
        player = players.create(TestClips.h264Long(), PlayerOptions.defaults().withAudioEnabled(false));
        EventRecorder events = EventRecorder.attach(player);
        player.controls().play();
        events.awaitStatus(Status.PLAYING, TIMEOUT);
        long before = ProcessMemory.heapAfterGc();

        long asked = System.nanoTime();
        player.tracks().addSubtitleFile(file);
        Await.until(TIMEOUT, () -> player.tracks().getSelected(TrackType.SUBTITLE).isPresent(), () -> "not listed; "
                + events);
        long listedAfter = System.nanoTime() - asked;
        // The cues start 2 s in, one every 2 s: wait for one shown while playing.
        Await.until(TIMEOUT, () -> text().startsWith("A line of dialogue, number "), () -> "caption " + text()
                + " at " + player.getCurrentTime() + "; " + events);
        long growth = ProcessMemory.heapAfterGc() - before;

        System.out.printf("10 MB subtitle file (%d bytes, %d cues): heap after GC %+.1f MB (%.2f times the file), "
                        + "read and listed %d ms after adding it%n", Files.size(file), cues, growth / (double) MB,
                growth / (double) Files.size(file), listedAfter / 1_000_000);
        assertThat(growth).as("heap kept for the file").isLessThan(FILE_HEAP_BOUND);
        assertThat(events.errors()).isEmpty();
        Duration shown = player.getCurrentTime();
        Await.until(TIMEOUT, () -> player.getCurrentTime().compareTo(shown.plusMillis(500)) > 0,
                () -> "position stuck at " + player.getCurrentTime() + ", status " + player.getStatus());
        assertThat(player.getStatus()).isEqualTo(Status.PLAYING);
    }

    @Test
    void thirtySubtitleTracksCostBoundedMemory() {
        // Once each first: the first player of a clip loads plugins and fills caches that stay.
        footprint(TestClips.manySubtitleTracksMkv(1));
        footprint(TestClips.manySubtitleTracksMkv(30));
        // Native memory moves by megabytes as the allocator and earlier players' cleaners go about their work, so
        // the one-track and thirty-track players are measured in turn, and the median of the differences counts.
        List<Footprint> extra = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            Footprint one = footprint(TestClips.manySubtitleTracksMkv(1));
            Footprint thirty = footprint(TestClips.manySubtitleTracksMkv(30));
            System.out.printf("subtitle tracks, a player playing: 1 track %s; 30 tracks %s%n", one, thirty);
            extra.add(thirty.minus(one));
        }
        Footprint median = Footprint.median(extra);

        System.out.printf("29 more subtitle tracks, median of %d: %s%n", ROUNDS, median);
        assertThat(median.heap).as("heap of 29 more tracks").isLessThan(TRACKS_BOUND);
        assertThat(median.malloc).as("native memory of 29 more tracks").isLessThan(TRACKS_BOUND);
        assertThat(median.resident).as("resident memory of 29 more tracks").isLessThan(TRACKS_BOUND);
    }

    /**
     * Measures what a player holds while it plays the clip with its last subtitle track shown, each figure against
     * the one before the player was created.
     */
    private Footprint footprint(Path clip) {
        Footprint before = Footprint.now();
        player = players.create(clip, PlayerOptions.defaults().withAudioEnabled(false));
        Await.until(TIMEOUT, () -> player.getStatus() == Status.READY, () -> "status " + player.getStatus());
        int last = player.tracks().getTracks(TrackType.SUBTITLE).size() - 1;
        player.tracks().select(TrackType.SUBTITLE, last);
        player.controls().play();
        // Every track's cue spans 0.2-5.8 s: once the last track's shows, every stream is flowing.
        Await.until(TIMEOUT, () -> text().equals("Track " + last), () -> "caption " + text() + ", status "
                + player.getStatus());
        Footprint held = Footprint.now().minus(before);
        player.dispose();
        player = null;
        return held;
    }

    private String text() {
        return player.tracks().getCaption().map(Caption::getPlainText).orElse("");
    }

    /** Memory: of the process, or what a player added to it. */
    private static final class Footprint {
        final long heap;
        final long malloc;
        final long resident;

        private Footprint(long heap, long malloc, long resident) {
            this.heap = heap;
            this.malloc = malloc;
            this.resident = resident;
        }

        /**
         * The process now: heap after GC, native memory in use, resident set. Read after a pause that lets the
         * cleaners of collected native objects run, and a second collection.
         */
        static Footprint now() {
            ProcessMemory.heapAfterGc();
            Await.sleep(200);
            return new Footprint(ProcessMemory.heapAfterGc(), ProcessMemory.mallocInUse(),
                    ProcessMemory.residentBytes());
        }

        /** Each figure's median over the footprints, as a footprint. */
        static Footprint median(List<Footprint> footprints) {
            return new Footprint(median(footprints, f -> f.heap), median(footprints, f -> f.malloc),
                    median(footprints, f -> f.resident));
        }

        private static long median(List<Footprint> footprints, ToLongFunction<Footprint> figure) {
            long[] sorted = footprints.stream().mapToLong(figure).sorted().toArray();
            return sorted[sorted.length / 2];
        }

        Footprint minus(Footprint before) {
            return new Footprint(heap - before.heap, malloc - before.malloc, resident - before.resident);
        }

        @Override
        public String toString() {
            return String.format("heap %+.1f MB, native %+.1f MB, resident %+.1f MB", heap / (double) MB,
                    malloc / (double) MB, resident / (double) MB);
        }
    }
}
