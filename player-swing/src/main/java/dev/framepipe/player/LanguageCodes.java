package dev.framepipe.player;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;

/**
 * ISO 639 language codes as media tag them: two letters (639-1), three letters (639-2/T), or the bibliographic
 * three-letter codes Matroska files often carry (639-2/B, {@code "ger"}, {@code "fre"}). Compares them by the language
 * they name and turns them into display names. Stateless.
 */
final class LanguageCodes {
    /** 639-2/B codes that differ from the 639-2/T code Java's {@link Locale#getISO3Language()} uses. */
    private static final Map<String, String> BIBLIOGRAPHIC = Map.ofEntries(
            Map.entry("alb", "sqi"), Map.entry("arm", "hye"), Map.entry("baq", "eus"), Map.entry("bur", "mya"),
            Map.entry("chi", "zho"), Map.entry("cze", "ces"), Map.entry("dut", "nld"), Map.entry("fre", "fra"),
            Map.entry("geo", "kat"), Map.entry("ger", "deu"), Map.entry("gre", "ell"), Map.entry("ice", "isl"),
            Map.entry("mac", "mkd"), Map.entry("mao", "mri"), Map.entry("may", "msa"), Map.entry("per", "fas"),
            Map.entry("rum", "ron"), Map.entry("slo", "slk"), Map.entry("tib", "bod"), Map.entry("wel", "cym"));

    /** ISO 639-2/T codes to the two-letter codes Java knows display names for. */
    private static final Map<String, String> TWO_LETTER = twoLetterCodes();

    private LanguageCodes() {
    }

    private static Map<String, String> twoLetterCodes() {
        Map<String, String> codes = new HashMap<>();
        for (String twoLetter : Locale.getISOLanguages()) {
            try {
                codes.put(new Locale(twoLetter).getISO3Language(), twoLetter);
            } catch (MissingResourceException e) {
                // no three-letter form: only found by its two letters
            }
        }
        return Map.copyOf(codes);
    }

    /**
     * Returns the code in lower case, or {@code null} for blank, "und" (undetermined) and "mis"/"mul"/"zxx".
     *
     * @param code a code as tagged, or {@code null}
     * @return the normalised code, or {@code null}
     */
    static String normalize(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String lower = code.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        int region = lower.indexOf('-');
        String language = region > 0 ? lower.substring(0, region) : lower;
        switch (language) {
            case "und":
            case "mis":
            case "mul":
            case "zxx":
                return null;
            default:
                return language;
        }
    }

    /**
     * Returns the three-letter terminology code for any form of a code, for comparison.
     *
     * @param code a normalised code
     * @return the 639-2/T code, or the code itself when Java does not know it
     */
    static String canonical(String code) {
        String bibliographic = BIBLIOGRAPHIC.get(code);
        if (bibliographic != null) {
            return bibliographic;
        }
        try {
            String iso3 = new Locale(code).getISO3Language();
            return iso3.isEmpty() ? code : iso3;
        } catch (MissingResourceException e) {
            return code;
        }
    }

    /**
     * Tells whether two codes name the same language ({@code "de"}, {@code "deu"} and {@code "ger"} do).
     *
     * @param first  a code, or {@code null}
     * @param second a code, or {@code null}
     * @return {@code true} if both are codes of one language
     */
    static boolean sameLanguage(String first, String second) {
        String a = normalize(first);
        String b = normalize(second);
        return a != null && b != null && canonical(a).equals(canonical(b));
    }

    /**
     * Returns the language's name in the given locale's language.
     *
     * @param code   a normalised code, or {@code null}
     * @param locale the language of the name
     * @return the name, or empty when Java does not know the code
     */
    static Optional<String> displayName(String code, Locale locale) {
        if (code == null) {
            return Optional.empty();
        }
        String terminology = BIBLIOGRAPHIC.getOrDefault(code, code);
        String key = TWO_LETTER.getOrDefault(terminology, terminology);
        String name = new Locale(key).getDisplayLanguage(locale);
        return name.isEmpty() || name.equalsIgnoreCase(key) ? Optional.empty() : Optional.of(name);
    }
}
