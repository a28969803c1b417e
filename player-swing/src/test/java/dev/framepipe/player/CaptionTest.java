package dev.framepipe.player;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.font.TextAttribute;
import java.text.AttributedCharacterIterator;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Caption markup as users write it, tracks' languages as media tag them. */
class CaptionTest {
    @Test
    void markupBecomesStylesAndPlainText() {
        Caption caption = new Caption("<i>Hi</i> <b>there</b> &amp; <span foreground=\"#ff0000\">red</span> a&lt;b",
                0, 1, Caption.Placement.BOTTOM);

        assertThat(caption.getPlainText()).isEqualTo("Hi there & red a<b");
        AttributedCharacterIterator styled = caption.getStyledText().getIterator();
        assertThat(styled.setIndex(0)).isEqualTo('H');
        assertThat(styled.getAttribute(TextAttribute.POSTURE)).isEqualTo(TextAttribute.POSTURE_OBLIQUE);
        styled.setIndex(3);
        assertThat(styled.getAttribute(TextAttribute.WEIGHT)).isEqualTo(TextAttribute.WEIGHT_BOLD);
        assertThat(styled.getAttribute(TextAttribute.POSTURE)).isNull();
        styled.setIndex("Hi there & ".length());
        assertThat(styled.getAttribute(TextAttribute.FOREGROUND)).isEqualTo(new Color(255, 0, 0));
    }

    @Test
    void unknownAndUnclosedTagsKeepTheirText() {
        Caption caption = new Caption("<c.yellow>one</c> <i>two", 0, 1, Caption.Placement.BOTTOM);

        assertThat(caption.getPlainText()).isEqualTo("one two");
        assertThat(new Caption("3 < 4 & 5", 0, 1, Caption.Placement.BOTTOM).getPlainText()).isEqualTo("3 < 4 & 5");
    }

    @Test
    void aCueMustEndAfterItStarts() {
        assertThatThrownBy(() -> new Caption("x", 5, 5, Caption.Placement.BOTTOM))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void languagesMatchWhicheverCodeTheMediaUses() {
        Track german = Track.builder(TrackType.AUDIO, 0).language("ger").build();

        assertThat(german.hasLanguage("de")).isTrue();
        assertThat(german.hasLanguage("deu")).isTrue();
        assertThat(german.hasLanguage("en")).isFalse();
        assertThat(Track.builder(TrackType.AUDIO, 0).language("und").build().getLanguage()).isEmpty();
        Locale previous = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertThat(german.getLanguageName()).contains("German");
            assertThat(Track.builder(TrackType.AUDIO, 1).language("en").title("Commentary").codec("Vorbis")
                    .channels(2).build().getLabel()).isEqualTo("English – Commentary (Vorbis, stereo)");
            assertThat(Track.builder(TrackType.SUBTITLE, 2).build().getLabel()).isEqualTo("Track 3");
        } finally {
            Locale.setDefault(previous);
        }
        assertThat(List.of(german)).contains(Track.builder(TrackType.AUDIO, 0).language("ger").build());
    }
}
