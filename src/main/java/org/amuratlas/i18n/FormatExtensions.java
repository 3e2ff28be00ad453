package org.amuratlas.i18n;

import io.quarkus.qute.TemplateExtension;

/**
 * Number words the message patterns need and CLDR does not give: English ordinals ("19th"), Roman numerals for
 * Russian centuries («XIX век»), the century and the decade of a year for Chinese decades (1960 → 20世纪60年代), and
 * the plural category of a count for choosing a word form in a message.
 */
@TemplateExtension
public class FormatExtensions {

    private static final int[] ROMAN_VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] ROMAN_DIGITS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

    private FormatExtensions() {
    }

    /** 1 → "1st", 2 → "2nd", 11 → "11th", 19 → "19th", 21 → "21st". */
    static String englishOrdinal(int number) {
        int lastTwo = number % 100;
        int last = number % 10;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : last == 1 ? "st" : last == 2 ? "nd" : last == 3 ? "rd" : "th";
        return number + suffix;
    }

    /** 19 → "XIX"; for 1 to 3999. */
    static String roman(int number) {
        if (number < 1 || number > 3999) {
            throw new IllegalArgumentException("no Roman numeral for " + number);
        }
        StringBuilder text = new StringBuilder();
        int rest = number;
        for (int i = 0; i < ROMAN_VALUES.length; i++) {
            while (rest >= ROMAN_VALUES[i]) {
                text.append(ROMAN_DIGITS[i]);
                rest -= ROMAN_VALUES[i];
            }
        }
        return text.toString();
    }

    /**
     * The century of a year as everyday usage counts it, the 1900s opening the 20th century: 1850 → 19, 1960 → 20,
     * 2000 → 21 (so the 2000s are 21世纪00年代). The dataset dates centuries by a year in them (1850: mid-19th).
     */
    static int century(int year) {
        return year / 100 + 1;
    }

    /** The decade of a decade's first year within its century, as Chinese writes it: 1960 → "60", 1900 → "00". */
    static String decadeInCentury(int year) {
        return String.format(java.util.Locale.ROOT, "%02d", year % 100 / 10 * 10);
    }

    /** A measured value (a coordinate) in a language's digits, to at most six decimals: 50.25 → «50,25» (ru). */
    static String decimal(double value, String language) {
        return NumberText.of(Language.ofCode(language).orElseThrow()).format(value, 6);
    }

    /** The plural category of a count in a language ({@code en}, {@code ru}, {@code zh}), for {@code #when} in messages. */
    static PluralCategory plural(Number count, String language) {
        return PluralRules.of(Language.ofCode(language).orElseThrow(), count.longValue());
    }
}
