package org.amuratlas.i18n;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scale word an English unit starts with, as the sources print units: "billion cubic metres" is cubic metres
 * counted in 10^9, "thousand tonnes" tonnes in 10^3, "km" has no scale. Other languages count in their own steps
 * (Chinese in 万 and 亿), so a figure can only be put into another language with the scale taken out of its unit
 * and applied to the value ({@link NumberText#scaled}).
 *
 * @param exponent the power of ten of the scale word, 0 for none
 * @param base the unit after the scale word ("cubic metres")
 */
public record UnitScale(int exponent, String base) {

    private static final Pattern ENGLISH_SCALE = Pattern.compile("(thousand|million|billion|trillion)\\s+(.+)",
            Pattern.CASE_INSENSITIVE);

    /**
     * Scale words a translator may have left at the start of a translated unit ("млрд куб. м", "亿立方米"). They are
     * taken off only when the English unit has a scale, so that units such as 千米 (km) or 千瓦 (kW) stay whole.
     */
    private static final Pattern TRANSLATED_SCALE = Pattern.compile(
            "(тыс\\.|тысяч[аи]?|млн\\.?|миллион(?:а|ов)?|млрд\\.?|миллиард(?:а|ов)?|трлн\\.?|триллион(?:а|ов)?"
                    + "|万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千)[\\s\u00a0]*");

    public static UnitScale ofEnglish(String unit) {
        Matcher matcher = ENGLISH_SCALE.matcher(unit.strip());
        if (!matcher.matches()) {
            return new UnitScale(0, unit.strip());
        }
        int exponent = switch (matcher.group(1).toLowerCase(Locale.ROOT)) {
            case "thousand" -> 3;
            case "million" -> 6;
            case "billion" -> 9;
            default -> 12;
        };
        return new UnitScale(exponent, matcher.group(2));
    }

    /** The translation of a scaled unit without its scale word, whether or not the translator wrote one. */
    public String baseOf(String translatedUnit) {
        String unit = translatedUnit.strip();
        if (exponent == 0) {
            return unit;
        }
        Matcher matcher = TRANSLATED_SCALE.matcher(unit);
        return matcher.lookingAt() && matcher.end() < unit.length() ? unit.substring(matcher.end()) : unit;
    }
}
