package dev.framepipe.player.subtitle;

/** Small text fixes shared by every source of caption markup. Stateless. */
public final class MarkupText {
    private MarkupText() {
    }

    /**
     * Escapes each {@code &} that does not start an entity: subtitle text writes "Tom & Jerry", and caption markup
     * would otherwise read "& Jerry;..." as the start of one.
     *
     * @param text subtitle text with tags and entities
     * @return the text with lone ampersands as {@code &amp;}
     */
    public static String escapeLoneAmpersands(String text) {
        return text.replaceAll("&(?![a-zA-Z]{2,6};|#x?[0-9a-fA-F]{1,6};)", "&amp;");
    }
}
