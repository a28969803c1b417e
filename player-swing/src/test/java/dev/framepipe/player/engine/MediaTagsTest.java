package dev.framepipe.player.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Duration;

import javax.imageio.ImageIO;

import org.freedesktop.gstreamer.glib.Natives;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

import dev.framepipe.player.MediaPlayer;
import dev.framepipe.player.MediaSource;
import dev.framepipe.player.PlayerOptions;
import dev.framepipe.player.Status;
import dev.framepipe.player.testing.Await;
import dev.framepipe.player.testing.TestClips;

/** The tags users see in other players' information windows: title, artist, album, date, comment, cover art. */
class MediaTagsTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private MediaPlayer player;

    @AfterEach
    void dispose() {
        if (player != null) {
            player.dispose();
        }
    }

    @Test
    void theMediasTagsAreKnownWhenItIsReady() {
        player = MediaPlayer.create(MediaSource.of(TestClips.taggedMkv()), PlayerOptions.defaults());
        Await.until(TIMEOUT, () -> player.getStatus() == Status.READY && player.media().getComment().isPresent(),
                () -> "status " + player.getStatus() + ", comment " + player.media().getComment());

        assertThat(player.media().getTitle()).contains("Holiday");
        assertThat(player.media().getArtist()).contains("Ann");
        assertThat(player.media().getAlbum()).contains("Summer");
        assertThat(player.media().getComment()).contains("Beach");
        assertThat(player.media().getDate()).hasValueSatisfying(date -> assertThat(date).matches("\\d{4}.*"));
        assertThat(player.media().getLanguage()).contains("fr");
        assertThat(player.media().getLanguageName()).contains(java.util.Locale.FRENCH.getDisplayLanguage());
        assertThat(player.media().getCoverArt()).isEmpty();
    }

    @Test
    void coverArtInATagMessageBecomesAnImage() throws Exception {
        player = MediaPlayer.create(MediaSource.of(TestClips.taggedMkv()), PlayerOptions.defaults());
        Await.until(TIMEOUT, () -> player.getStatus() == Status.READY, () -> "status " + player.getStatus());
        BufferedImage cover = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        cover.setRGB(5, 5, Color.RED.getRGB());
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(cover, "png", png);

        postImageTag(((GstMediaPlayer) player).pipeline().pipeline(), png.toByteArray());

        Await.until(TIMEOUT, () -> player.media().getCoverArt().isPresent(), () -> "no cover art");
        BufferedImage shown = player.media().getCoverArt().orElseThrow();
        assertThat(shown.getWidth()).isEqualTo(40);
        assertThat(shown.getHeight()).isEqualTo(30);
        assertThat(new Color(shown.getRGB(5, 5))).isEqualTo(Color.RED);
        shown.setRGB(5, 5, 0);
        assertThat(new Color(player.media().getCoverArt().orElseThrow().getRGB(5, 5))).as("a copy each time")
                .isEqualTo(Color.RED);
    }

    /** Posts a tag message with an {@code image} sample on the pipeline's bus, as a demuxer with cover art does. */
    private static void postImageTag(org.freedesktop.gstreamer.Pipeline pipeline, byte[] encoded) {
        Gst gst = Native.load("gstreamer-1.0", Gst.class);
        Memory bytes = new Memory(encoded.length);
        bytes.write(0, encoded, 0, encoded.length);
        Pointer buffer = gst.gst_buffer_new_memdup(bytes, encoded.length);
        Pointer caps = gst.gst_caps_from_string("image/png");
        Pointer sample = gst.gst_sample_new(buffer, caps, null, null);
        Pointer tags = gst.gst_tag_list_new_empty();
        gst.gst_tag_list_add(tags, 1, "image", sample, null);
        gst.gst_mini_object_unref(sample);
        gst.gst_mini_object_unref(caps);
        gst.gst_mini_object_unref(buffer);
        Pointer element = Natives.getRawPointer(pipeline);
        gst.gst_element_post_message(element, gst.gst_message_new_tag(element, tags));
    }

    /** The few GStreamer calls that make an image tag. */
    interface Gst extends Library {
        Pointer gst_buffer_new_memdup(Pointer data, long size);

        Pointer gst_caps_from_string(String caps);

        Pointer gst_sample_new(Pointer buffer, Pointer caps, Pointer segment, Pointer info);

        Pointer gst_tag_list_new_empty();

        void gst_tag_list_add(Pointer list, int mode, String tag, Object... values);

        Pointer gst_message_new_tag(Pointer source, Pointer tags);

        int gst_element_post_message(Pointer element, Pointer message);

        void gst_mini_object_unref(Pointer object);
    }
}
