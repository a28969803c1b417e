package dev.framepipe.player.thumbnail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.framepipe.player.MediaException;
import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.PlayerOptions;
import dev.framepipe.player.SeekMode;
import dev.framepipe.player.Status;
import dev.framepipe.player.Thumbnail;
import dev.framepipe.player.diagnostics.LiveResources;
import dev.framepipe.player.testing.Await;
import dev.framepipe.player.testing.NumberedClips;
import dev.framepipe.player.testing.TestClips;

/**
 * Pictures of a clip whose frames show their own number: the picture at a time is that time's frame (accurate) or
 * the key frame at or before it (fast), at the size asked for; a slot keeps only its newest request; the cache keeps
 * its bound; the decoder closes with the player; media without pictures fail clearly.
 */
class ThumbnailsTest {
    /** 25 fps, 8 s, a key frame every 50 frames (2 s). */
    private static final int FPS = 25;
    private static final int KEY_INTERVAL = 50;
    private MediaPlayer player;

    @AfterEach
    void dispose() {
        if (player != null) {
            player.dispose();
        }
    }

    private MediaPlayer open(PlayerOptions options) {
        player = MediaPlayer.create(MediaSource.of(NumberedClips.h264(320, 180, FPS, 200, KEY_INTERVAL)), options);
        Await.until(Duration.ofSeconds(20), () -> player.getStatus() == Status.READY,
                () -> "status " + player.getStatus());
        return player;
    }

    private static Thumbnail get(CompletableFuture<Thumbnail> future) throws Exception {
        return future.get(20, TimeUnit.SECONDS);
    }

    @Test
    void theAccuratePictureAtATimeIsThatTimesFrame() throws Exception {
        open(PlayerOptions.defaults().withAudioEnabled(false));
        for (int frame : new int[] {137, 3, 99, 50, 199}) {
            Thumbnail picture = get(player.thumbnails().request(Duration.ofMillis(frame * 1000L / FPS + 10), 160, 90,
                    SeekMode.ACCURATE));

            assertThat(NumberedClips.numberOf(picture.getImage())).as("frame at %d ms", frame * 40).isEqualTo(frame);
            assertThat(picture.getFrameTime()).as("within the frame").isBetween(Duration.ofMillis(frame * 40L),
                    Duration.ofMillis(frame * 40L + 39));
            assertThat(picture.getImage().getWidth()).isEqualTo(160);
            assertThat(picture.getImage().getHeight()).isEqualTo(90);
        }
    }

    @Test
    void theFastPictureIsTheKeyFrameAtOrBeforeTheTime() throws Exception {
        open(PlayerOptions.defaults().withAudioEnabled(false));
        for (int frame : new int[] {137, 49, 50, 199}) {
            Thumbnail picture = get(player.thumbnails().request(Duration.ofMillis(frame * 1000L / FPS + 10), 64, 64,
                    SeekMode.FAST));

            assertThat(NumberedClips.numberOf(picture.getImage())).as("key frame for frame %d", frame)
                    .isEqualTo(frame / KEY_INTERVAL * KEY_INTERVAL);
            assertThat(picture.getImage().getWidth()).as("fitted into 64×64, 16:9").isEqualTo(64);
            assertThat(picture.getImage().getHeight()).isEqualTo(36);
        }
    }

    @Test
    void aThousandHoverRequestsInOneSlotEndWithTheLastAndDecodeFew() throws Exception {
        open(PlayerOptions.defaults().withAudioEnabled(false));
        CompletableFuture<Thumbnail> last = null;
        int cancelled = 0;
        List<CompletableFuture<Thumbnail>> all = new java.util.ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            last = player.thumbnails().request("seek-preview", Duration.ofMillis(i * 7L), 160, 90, SeekMode.FAST);
            all.add(last);
        }
        Thumbnail picture = get(last);
        for (CompletableFuture<Thumbnail> future : all) {
            cancelled += future.isCancelled() ? 1 : 0;
        }
        assertThat(picture.getRequestedTime()).isEqualTo(Duration.ofMillis(999 * 7L));
        assertThat(NumberedClips.numberOf(picture.getImage())).isEqualTo(150);
        assertThat(cancelled).as("older requests of the slot dropped unstarted").isGreaterThan(990);
    }

    @Test
    void theCacheKeepsItsBoundAndAnswersRepeats() throws Exception {
        // Room for three 160×90 pictures (57,600 bytes each).
        open(PlayerOptions.defaults().withAudioEnabled(false).withThumbnailCache(3 * 57_600));
        ThumbnailService thumbnails = (ThumbnailService) player.thumbnails();
        for (int second = 0; second < 8; second++) {
            get(thumbnails.request(Duration.ofSeconds(second), 160, 90, SeekMode.FAST));
            assertThat(thumbnails.cachedBytes()).isLessThanOrEqualTo(3 * 57_600);
        }
        Thumbnail again = thumbnails.request(Duration.ofSeconds(7), 160, 90, SeekMode.FAST).getNow(null);
        assertThat(again).as("the last picture, from the cache at once").isNotNull();
    }

    @Test
    void disposingThePlayerClosesItsDecoderAndRefusesLaterRequests() throws Exception {
        open(PlayerOptions.defaults().withAudioEnabled(false));
        int before = LiveResources.THUMBNAIL_DECODERS.count();
        get(player.thumbnails().request(Duration.ofSeconds(1), 80, 45, SeekMode.FAST));
        assertThat(LiveResources.THUMBNAIL_DECODERS.count()).isEqualTo(before + 1);

        player.dispose();

        assertThat(LiveResources.THUMBNAIL_DECODERS.count()).isEqualTo(before);
        assertThatThrownBy(() -> get(player.thumbnails().request(Duration.ofSeconds(2), 80, 45, SeekMode.FAST)))
                .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(MediaException.class)
                .hasMessageContaining("disposed");
    }

    @Test
    void mediaWithoutVideoFailsClearly() throws Exception {
        player = MediaPlayer.create(MediaSource.of(TestClips.audioOnly()));
        Await.until(Duration.ofSeconds(20), () -> player.getStatus() == Status.READY,
                () -> "status " + player.getStatus());

        assertThatThrownBy(() -> get(player.thumbnails().request(Duration.ZERO, 80, 45, SeekMode.FAST)))
                .hasCauseInstanceOf(MediaException.class).hasMessageContaining("has no video");
    }

    @Test
    void liveCustomPipelinesAreRefusedClearly() throws Exception {
        player = MediaPlayer.create(MediaSource.ofPipeline("videotestsrc is-live=true ! videoconvert ! appsink"));

        assertThatThrownBy(() -> get(player.thumbnails().request(Duration.ZERO, 80, 45, SeekMode.FAST)))
                .hasCauseInstanceOf(MediaException.class).hasMessageContaining("No thumbnails of")
                .hasMessageContaining("custom pipeline");
    }

    @Test
    void mediaThatCannotBeDecodedFailsWithItsErrorNotAHang() throws Exception {
        player = MediaPlayer.create(MediaSource.of(TestClips.truncatedMp4()));

        assertThatThrownBy(() -> get(player.thumbnails().request(Duration.ofSeconds(1), 80, 45, SeekMode.FAST)))
                .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(MediaException.class)
                .hasMessageContaining(TestClips.truncatedMp4().getFileName().toString());
    }

    @Test
    void theCurrentFrameComesAtFullResolution() throws Exception {
        open(PlayerOptions.defaults().withAudioEnabled(false));
        player.controls().seek(Duration.ofMillis(77 * 40), SeekMode.ACCURATE);
        Await.until(Duration.ofSeconds(10), () -> player.getCurrentTime().equals(Duration.ofMillis(77 * 40)),
                () -> "at " + player.getCurrentTime());

        Thumbnail frame = get(player.thumbnails().currentFrame());

        assertThat(frame.getImage().getWidth()).isEqualTo(320);
        assertThat(frame.getImage().getHeight()).isEqualTo(180);
        assertThat(NumberedClips.numberOf(frame.getImage())).isEqualTo(77);
    }
}
