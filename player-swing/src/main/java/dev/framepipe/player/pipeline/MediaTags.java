package dev.framepipe.player.pipeline;

import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * What one tag message says about the media: its descriptive texts and cover art, each {@code null} when the
 * message did not carry it. Immutable (the image is not handed out: {@link #coverArt()} copies it).
 */
public final class MediaTags {
    private final String title;
    private final String artist;
    private final String album;
    private final String date;
    private final String comment;
    private final String container;
    private final String videoCodec;
    private final String audioCodec;
    private final BufferedImage coverArt;

    /**
     * Creates the tags.
     *
     * @param texts      title, artist, album, date, comment, container, video codec, audio codec, in that order
     * @param coverArt   the decoded cover image, or {@code null}
     */
    MediaTags(String[] texts, BufferedImage coverArt) {
        this.title = texts[0];
        this.artist = texts[1];
        this.album = texts[2];
        this.date = texts[3];
        this.comment = texts[4];
        this.container = texts[5];
        this.videoCodec = texts[6];
        this.audioCodec = texts[7];
        this.coverArt = coverArt;
    }

    /** @return the title, or {@code null} */
    public String title() {
        return title;
    }

    /** @return the artist, or {@code null} */
    public String artist() {
        return artist;
    }

    /** @return the album, or {@code null} */
    public String album() {
        return album;
    }

    /** @return the date as ISO 8601 text, or {@code null} */
    public String date() {
        return date;
    }

    /** @return the comment, or {@code null} */
    public String comment() {
        return comment;
    }

    /** @return the container format, or {@code null} */
    public String container() {
        return container;
    }

    /** @return the video codec, or {@code null} */
    public String videoCodec() {
        return videoCodec;
    }

    /** @return the audio codec, or {@code null} */
    public String audioCodec() {
        return audioCodec;
    }

    /** @return whether the message carried a cover image Java could decode */
    public boolean hasCoverArt() {
        return coverArt != null;
    }

    /**
     * Returns a copy of the cover image.
     *
     * @return a new image, or {@code null} if there is none
     */
    public BufferedImage coverArt() {
        return coverArt == null ? null : copy(coverArt);
    }

    /**
     * Copies an image into a new one of the same size and type.
     *
     * @param image the image
     * @return the copy
     */
    public static BufferedImage copy(BufferedImage image) {
        BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(),
                image.getType() == BufferedImage.TYPE_CUSTOM ? BufferedImage.TYPE_INT_ARGB : image.getType());
        java.awt.Graphics2D g = copy.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return copy;
    }

    @Override
    public String toString() {
        return "MediaTags[" + Objects.toString(title) + ", " + artist + ", " + album + ", " + date + ", cover "
                + (coverArt == null ? "none" : coverArt.getWidth() + "x" + coverArt.getHeight()) + "]";
    }
}
