package org.amuratlas.read;

/**
 * A record's text as one language of the atlas shows it: the translation where there is one, else the English
 * original. Pages can tell which it is ({@link #language()}, {@link #translated()}) to mark the text; templates print
 * it as a plain string. Every variant is kept, so search finds a record in any of the three languages.
 */
public final class LocalizedText {

    private final String text;
    private final Language language;
    private final String english;
    private final String russian;
    private final String chinese;

    private LocalizedText(Language wanted, String english, String russian, String chinese) {
        String inWanted = switch (wanted) {
            case EN -> english;
            case RU -> russian;
            case ZH -> chinese;
        };
        this.text = inWanted != null ? inWanted : english;
        this.language = inWanted != null ? wanted : Language.EN;
        this.english = english;
        this.russian = russian;
        this.chinese = chinese;
    }

    /** The text for readers of {@code wanted}; null if there is no English text (an empty optional field). */
    static LocalizedText of(Language wanted, String english, String russian, String chinese) {
        return english == null ? null : new LocalizedText(wanted, english, russian, chinese);
    }

    /** A text that exists in English only (e.g. a locator such as "Table 1"). */
    static LocalizedText english(String english) {
        return of(Language.EN, english, null, null);
    }

    public String text() {
        return text;
    }

    /** The language the text is in: the reader's, or English where no translation exists. */
    public Language language() {
        return language;
    }

    /** Whether the text is the atlas's translation rather than the English original. */
    public boolean translated() {
        return language != Language.EN;
    }

    /** The English original (e.g. for a quotation shown beside its translation). */
    public String english() {
        return english;
    }

    /** The variant in one language, or null where there is none. */
    public String in(Language wanted) {
        return switch (wanted) {
            case EN -> english;
            case RU -> russian;
            case ZH -> chinese;
        };
    }

    /**
     * The variant that contains the phrase, the reader's first, then the others; null if none does.
     */
    String variantContaining(Phrase phrase) {
        if (phrase.foundIn(text)) {
            return text;
        }
        for (Language other : Language.values()) {
            String variant = in(other);
            if (variant != null && variant != text && phrase.foundIn(variant)) {
                return variant;
            }
        }
        return null;
    }

    /** Templates print the text itself. */
    @Override
    public String toString() {
        return text;
    }
}
