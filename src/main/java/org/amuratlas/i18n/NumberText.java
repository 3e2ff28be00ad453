package org.amuratlas.i18n;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers written the way a reader of the language expects, from the JDK's CLDR data: 2,981 and 110.6 in English and
 * Chinese, 2 981 and 110,6 in Russian (with a no-break space between the groups, so a number never breaks across
 * lines). Russian negative numbers take the true minus sign (−2,5), as Russian typography requires; CLDR gives the
 * hyphen-minus.
 *
 * <p>A value the atlas prints is a value a source printed: it is written with exactly its own decimals, never
 * rounded. Years are not numbers in this sense and are written without grouping by their callers.
 */
public final class NumberText {

    private static final char MINUS_SIGN = '\u2212';
    private static final Map<Language, NumberText> BY_LANGUAGE = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            BY_LANGUAGE.put(language, new NumberText(language));
        }
    }

    /** A step of the language's short scale words: 10^exponent is written "1" + suffix (1 млрд, 1亿). */
    private record ScaleStep(int exponent, String suffix) {
    }

    private final Language language;
    private final List<ScaleStep> scaleSteps;

    private NumberText(Language language) {
        this.language = language;
        this.scaleSteps = scaleSteps(language);
    }

    public static NumberText of(Language language) {
        return BY_LANGUAGE.get(language);
    }

    public Language language() {
        return language;
    }

    /** A printed value with all its significant decimals: 2981 → "2,981", 110.60 → "110.6", -2.5 → "−2,5" (ru). */
    public String format(BigDecimal value) {
        return format(value, true);
    }

    private String format(BigDecimal value, boolean grouping) {
        BigDecimal printed = value.stripTrailingZeros();
        int decimals = Math.max(0, printed.scale());
        DecimalFormat format = decimalFormat();
        format.setGroupingUsed(grouping);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return signed(format.format(printed.setScale(decimals)));
    }

    public String format(long value) {
        DecimalFormat format = decimalFormat();
        format.setMaximumFractionDigits(0);
        return signed(format.format(value));
    }

    /** A computed value (a chart's axis tick), rounded to at most {@code maxDecimals} decimals. */
    public String format(double value, int maxDecimals) {
        DecimalFormat format = decimalFormat();
        format.setMaximumFractionDigits(maxDecimals);
        String text = format.format(value);
        return signed(text.equals("-0") ? "0" : text);
    }

    /**
     * A value given in a scale of the English unit ("80" of "billion cubic metres") in the language's own scale words,
     * keeping the value exact: 80 × 10^9 is "80 млрд" in Russian and "800亿" in Chinese (whose words step by ten
     * thousand: 万 10^4, 亿 10^8). Values below the language's first scale word are written in full ("1,000").
     * English is never rescaled: the printed unit already carries its scale word. A value without a scale
     * (exponent 0) is written as it is.
     *
     * @param exponent the power of ten the value is counted in (9 for "billion")
     */
    public String scaled(BigDecimal value, int exponent) {
        if (exponent == 0) {
            return format(value); // a unit without a scale word: 2981 km stays 2981, not "2,981 thousand"
        }
        BigDecimal full = value.movePointRight(exponent);
        ScaleStep step = null;
        for (ScaleStep candidate : scaleSteps) {
            if (full.abs().compareTo(BigDecimal.ONE.movePointRight(candidate.exponent())) >= 0) {
                step = candidate;
            }
        }
        if (step == null) {
            return format(full);
        }
        // as in CLDR's own short forms, the digits before a scale word are not grouped (1000亿, not 1,000亿)
        return format(full.movePointLeft(step.exponent()), false) + step.suffix();
    }

    private DecimalFormat decimalFormat() {
        DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(language.locale());
        format.setGroupingUsed(true);
        return format;
    }

    private String signed(String text) {
        return language == Language.RU && text.startsWith("-") ? MINUS_SIGN + text.substring(1) : text;
    }

    /**
     * The language's short scale words as CLDR gives them (JDK compact number format, short style): a power of ten
     * that formats as "1" plus a word is a step (ru: 1 тыс., 1 млн, 1 млрд, 1 трлн; zh: 1万, 1亿, 1万亿). English
     * has none here, see {@link #scaled}.
     */
    private static List<ScaleStep> scaleSteps(Language language) {
        List<ScaleStep> steps = new ArrayList<>();
        if (language == Language.EN) {
            return steps;
        }
        NumberFormat compact = NumberFormat.getCompactNumberInstance(language.locale(), NumberFormat.Style.SHORT);
        for (int exponent = 3; exponent <= 15; exponent++) {
            String one = compact.format(BigDecimal.ONE.movePointRight(exponent).longValueExact());
            // "1 млрд" or "1亿" is a step; "1,000" (no scale word yet) and "100亿" (the step below) are not
            if (one.length() > 1 && one.charAt(0) == '1' && !Character.isDigit(one.charAt(1))
                    && one.substring(1).codePoints().anyMatch(Character::isLetter)) {
                steps.add(new ScaleStep(exponent, one.substring(1)));
            }
        }
        return List.copyOf(steps);
    }
}
