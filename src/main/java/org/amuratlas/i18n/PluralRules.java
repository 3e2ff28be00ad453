package org.amuratlas.i18n;

import java.math.BigDecimal;

/**
 * The CLDR cardinal plural rules of English, Russian and Chinese (unicode.org/cldr, "Language Plural Rules"), for
 * choosing the word after a number: "1 project", "2 projects"; «1 проект», «3 проекта», «5 проектов», «21 проект»,
 * «1,5 проекта»; Chinese does not inflect. The JDK keeps these rules internal (CompactNumberFormat), and ICU4J would
 * add 14 MB for three short rules.
 *
 * <p>In CLDR's terms {@code i} is the integer part and {@code v} the number of visible fraction digits: "1.0" is
 * not "one" in English ("1.0 projects").
 */
public final class PluralRules {

    private PluralRules() {
    }

    public static PluralCategory of(Language language, long count) {
        return category(language, Math.abs(count), 0);
    }

    /** For a number as printed: its visible fraction digits count ("1.5", "2.0"). */
    public static PluralCategory of(Language language, BigDecimal number) {
        BigDecimal magnitude = number.abs();
        int fractionDigits = Math.max(0, magnitude.scale());
        long integer = magnitude.setScale(0, java.math.RoundingMode.DOWN).longValue();
        return category(language, integer, fractionDigits);
    }

    private static PluralCategory category(Language language, long i, int v) {
        return switch (language) {
            case EN -> i == 1 && v == 0 ? PluralCategory.ONE : PluralCategory.OTHER;
            case RU -> russian(i, v);
            case ZH -> PluralCategory.OTHER;
        };
    }

    private static PluralCategory russian(long i, int v) {
        if (v != 0) {
            return PluralCategory.OTHER;
        }
        long lastDigit = i % 10;
        long lastTwo = i % 100;
        if (lastDigit == 1 && lastTwo != 11) {
            return PluralCategory.ONE;
        }
        if (lastDigit >= 2 && lastDigit <= 4 && (lastTwo < 12 || lastTwo > 14)) {
            return PluralCategory.FEW;
        }
        return PluralCategory.MANY;
    }
}
