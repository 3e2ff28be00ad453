package org.amuratlas.read;

import java.text.Collator;
import java.util.Locale;
import java.util.Optional;

/** The atlas's three languages. English is the original of every record; Russian and Chinese are translations. */
public enum Language {
    EN("en"), RU("ru"), ZH("zh");

    /** BCP 47 tag, also the value of the translation table's {@code lang} column. */
    public final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** How names are sorted for readers of this language (Russian alphabetically, Chinese by pinyin). */
    Collator collator() {
        return Collator.getInstance(locale());
    }

    /** "ru", "RU" or " ru " is Russian; anything else is no language of the atlas. */
    public static Optional<Language> fromTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String wanted = tag.trim().toLowerCase(Locale.ROOT);
        for (Language language : values()) {
            if (language.tag.equals(wanted)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
