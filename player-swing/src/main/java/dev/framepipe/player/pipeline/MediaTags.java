package dev.framepipe.player.pipeline;

import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * What one tag message says about the media: its descriptive texts and cover art, each {@code null} when the
 * message did not carry it. Immutable (the image is not handed out: {@link #coverArt()} copies it).
 */
public final class MediaTags {
    /** How many texts: title, artist, album, date, comment, container, video codec, audio codec, language. */
    private static final int TEXTS = 9;
    /** No tags at all. */
    public static final MediaTags NONE = new MediaTags(new String[TEXTS], null);

    private final String[] texts;
    private final BufferedImage coverArt;

    /**
     * Creates the tags.
     *
     * @param texts      title, artist, album, date, comment, container, video codec, audio codec, language code, in
     *                   that order
     * @param coverArt   the decoded cover image, or {@code null}
     */
    MediaTags(String[] texts, BufferedImage coverArt) {
        if (texts.length != TEXTS) {
            throw new IllegalArgumentException("media tags have " + TEXTS + " texts, got " + texts.length);
        }
        this.texts = texts.clone();
        this.coverArt = coverArt;
    }

    /**
     * Returns these tags with what a newer message says filled in over them.
     *
     * @param newer the newer tags; their {@code null}s keep what is known
     * @return the merged tags (this object if nothing changes)
     */
    public MediaTags merge(MediaTags newer) {
        String[] merged = texts.clone();
        for (int i = 0; i < TEXTS; i++) {
            if (newer.texts[i] != null) {
                merged[i] = newer.texts[i];
            }
        }
        BufferedImage cover = newer.coverArt != null ? newer.coverArt : coverArt;
        return Arrays.equals(merged, texts) && cover == coverArt ? this : new MediaTags(merged, cover);
    }

    /** @return the title, or {@code null} */
    public String title() {
        return texts[0];
    }

    /** @return the artist, or {@code null} */
    public String artist() {
        return texts[1];
    }

    /** @return the album, or {@code null} */
    public String album() {
        return texts[2];
    }

    /** @return the date as ISO 8601 text, or {@code null} */
    public String date() {
        return texts[3];
    }

    /** @return the comment, or {@code null} */
    public String comment() {
        return texts[4];
    }

    /** @return the container format, or {@code null} */
    public String container() {
        return texts[5];
    }

    /** @return the video codec, or {@code null} */
    public String videoCodec() {
        return texts[6];
    }

    /** @return the audio codec, or {@code null} */
    public String audioCodec() {
        return texts[7];
    }

    /** @return the language code as tagged ({@code "fr"}, {@code "fre"}), or {@code null} */
    public String language() {
        return texts[8];
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
    public boolean equals(Object other) {
        return other instanceof MediaTags && Arrays.equals(texts, ((MediaTags) other).texts)
                && coverArt == ((MediaTags) other).coverArt;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(texts);
    }

    @Override
    public String toString() {
        return "MediaTags[" + Arrays.toString(texts) + ", cover "
                + (coverArt == null ? "none" : coverArt.getWidth() + "x" + coverArt.getHeight()) + "]";
    }
}
