package org.amuratlas.dataset;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers of a text, read in the customs of its language, so that a translation can be checked to keep every
 * figure of its English original: "2,981" is 2 981 in Russian and 2981 in Chinese, "2.5" is 2,5 in Russian, and
 * "38 billion" may be "38 млрд" or "380亿". Numbers in the working label "seed 001" are not figures (translations
 * name the source instead).
 */
final class TranslatedNumbers {

    /** A number as written, with the value it has on its own and once its scale word (if any) is applied. */
    record Figure(String written, BigDecimal value, BigDecimal scaled, boolean hasScale) {

        /** The same figure: compared at scale where both name one ("38 billion" is not "38亿"), else by value. */
        boolean sameAs(Figure other) {
            if (hasScale && other.hasScale) {
                return scaled.compareTo(other.scaled) == 0;
            }
            return value.compareTo(other.value) == 0 || scaled.compareTo(other.scaled) == 0
                    || value.compareTo(other.scaled) == 0 || scaled.compareTo(other.value) == 0;
        }
    }

    private static final Map<String, BigDecimal> SCALES = new LinkedHashMap<>();

    static {
        SCALES.put("billion", BigDecimal.TEN.pow(9));
        SCALES.put("million", BigDecimal.TEN.pow(6));
        SCALES.put("thousand", BigDecimal.TEN.pow(3));
        SCALES.put("млрд", BigDecimal.TEN.pow(9));
        SCALES.put("миллиард", BigDecimal.TEN.pow(9));
        SCALES.put("млн", BigDecimal.TEN.pow(6));
        SCALES.put("миллион", BigDecimal.TEN.pow(6));
        SCALES.put("тыс", BigDecimal.TEN.pow(3));
        SCALES.put("тысяч", BigDecimal.TEN.pow(3));
        SCALES.put("万亿", BigDecimal.TEN.pow(12));
        SCALES.put("亿", BigDecimal.TEN.pow(8));
        SCALES.put("万", BigDecimal.TEN.pow(4));
        SCALES.put("千", BigDecimal.TEN.pow(3));
    }

    /** A scale word after a number; Russian words in any case ending ("миллиардов", "тысячи"). */
    private static final String SCALE =
            "(?:\\s*(billion|million|thousand|млрд|миллиард|млн|миллион|тысяч|тыс|万亿|亿|万|千)\\p{L}*)?";
    private static final Pattern ENGLISH = Pattern.compile(
            "(?<![\\d.,])(\\d{1,3}(?:,\\d{3}(?!\\d))+|\\d+)(?:\\.(\\d+))?" + SCALE);
    /** Russian: a space (or no-break space) groups thousands, a comma (or, in section numbers, a point) is decimal. */
    private static final Pattern RUSSIAN = Pattern.compile(
            "(?<![\\d.,])(\\d{1,3}(?:[ \\u00A0\\u202F]\\d{3}(?!\\d))+|\\d+)(?:[.,](\\d+))?" + SCALE);
    private static final Pattern CHINESE = ENGLISH;
    private static final Pattern ROMAN = Pattern.compile("(?<!\\p{L})([IVXL]+)(?!\\p{L})");
    private static final Pattern WORKING_LABEL =
            Pattern.compile("(?i)\\bseeds? \\d{3}(?:(?:, and |, | and | or )\\d{3})*");

    private TranslatedNumbers() {
    }

    /** The figures of an English text. */
    static List<Figure> english(String text) {
        return figures(WORKING_LABEL.matcher(text).replaceAll(" "), ENGLISH);
    }

    /** The figures of a text in {@code language} (ru or zh), including Roman numerals of centuries in Russian. */
    static List<Figure> in(String text, String language) {
        List<Figure> figures = new ArrayList<>(figures(text, "ru".equals(language) ? RUSSIAN : CHINESE));
        if ("ru".equals(language)) {
            Matcher roman = ROMAN.matcher(text);
            while (roman.find()) {
                int value = romanValue(roman.group(1));
                if (value > 0) {
                    figures.add(new Figure(roman.group(1), BigDecimal.valueOf(value), BigDecimal.valueOf(value), false));
                }
            }
        }
        return figures;
    }

    /** The figures of the English text that the translation does not give, in any customary form. */
    static List<String> missing(String english, String translation, String language) {
        List<Figure> kept = in(translation, language);
        List<String> missing = new ArrayList<>();
        for (Figure figure : english(english)) {
            boolean found = kept.stream().anyMatch(figure::sameAs);
            if (!found && !missing.contains(figure.written())) {
                missing.add(figure.written());
            }
        }
        return missing;
    }

    private static List<Figure> figures(String text, Pattern pattern) {
        List<Figure> figures = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            String whole = m.group(1).replaceAll("[, \\u00A0\\u202F]", "");
            BigDecimal value = new BigDecimal(m.group(2) == null ? whole : whole + "." + m.group(2));
            BigDecimal scale = m.group(3) == null ? BigDecimal.ONE : SCALES.get(m.group(3));
            figures.add(new Figure(m.group().strip(), value, value.multiply(scale), m.group(3) != null));
        }
        return figures;
    }

    /** The value of a Roman numeral up to L (centuries), or 0 if the letters are not one. */
    static int romanValue(String numeral) {
        Map<Character, Integer> digits = Map.of('I', 1, 'V', 5, 'X', 10, 'L', 50);
        int value = 0;
        for (int i = 0; i < numeral.length(); i++) {
            int digit = digits.get(numeral.charAt(i));
            boolean subtractive = i + 1 < numeral.length() && digits.get(numeral.charAt(i + 1)) > digit;
            value += subtractive ? -digit : digit;
        }
        return toRoman(value).equals(numeral) ? value : 0;
    }

    private static String toRoman(int value) {
        int[] values = {50, 40, 10, 9, 5, 4, 1};
        String[] letters = {"L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder out = new StringBuilder();
        int rest = value;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                out.append(letters[i]);
                rest -= values[i];
            }
        }
        return out.toString();
    }
}
