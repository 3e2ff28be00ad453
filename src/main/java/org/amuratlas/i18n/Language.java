package org.amuratlas.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The three languages of the atlas. {@code code} is what a reader or a client types (the path prefix, {@code ?lang=},
 * the message bundle's locale); {@code tag} is what the page declares ({@code <html lang>}, {@code Content-Language},
 * {@code hreflang}): the Chinese of the atlas is written in simplified characters, and saying so lets browsers pick
 * the right glyphs and fonts.
 */
public enum Language {
    EN("en", "en"),
    RU("ru", "ru"),
    ZH("zh", "zh-Hans");

    /** The language the records are written in; the others are translations of it. */
    public static final Language ORIGINAL = EN;

    public final String code;
    public final String tag;

    Language(String code, String tag) {
        this.code = code;
        this.tag = tag;
    }

    /** The locale for formatting numbers and dates (CLDR data in the JDK) and for choosing a message bundle. */
    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /** The language with this code ({@code en}, {@code ru}, {@code zh}), ignoring case and surrounding blanks. */
    public static Optional<Language> ofCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(l -> l.code.equals(wanted)).findFirst();
    }

    /** The language a locale belongs to ({@code zh-Hans-CN} is Chinese); English for any other. */
    public static Language of(Locale locale) {
        return locale == null ? ORIGINAL : ofCode(locale.getLanguage()).orElse(ORIGINAL);
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(l -> l.code).toList();
    }
}
