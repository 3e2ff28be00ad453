package org.amuratlas.i18n;

import java.math.BigDecimal;
import org.amuratlas.model.FigureQualifier;

/**
 * A figure as its source printed it (value, hedge, unit) put into the reader's language without changing its
 * value: "more than 80 billion cubic metres" is «более 80 млрд куб. м» and 超过800亿立方米. The hedge is a message
 * pattern with an {@code {amount}} placeholder, so each language puts it where its grammar wants; the scale word
 * is taken out of the unit and written in the language's own steps ({@link NumberText#scaled}).
 *
 * <p>Spacing follows each language's typography: English sets the percent sign close ("50%") and a space before
 * other units; Russian a no-break space before every unit, the percent sign included («50 %», GOST 8.417); Chinese
 * no space (50%, 800亿立方米).
 */
public final class FigureText {

    /** Stands for the amount while a hedge pattern is split around it (a private-use character, never in text). */
    private static final String AMOUNT = "\uE000";

    private final Language language;
    private final FormatMessages words;
    private final FigureText english;

    /**
     * @param englishWords the English patterns, for figures whose unit has no translation yet (written wholly in
     *        English then)
     */
    public FigureText(Language language, FormatMessages words, FormatMessages englishWords) {
        this.language = language;
        this.words = words;
        this.english = language == Language.EN ? this : new FigureText(Language.EN, englishWords, englishWords);
    }

    /**
     * @param englishUnit the unit as printed in the English record ("billion cubic metres")
     * @param translatedUnit its translation into the reader's language, with or without the scale word ("куб. м" or
     *        "млрд куб. м"); ignored for English; {@code null} where there is none yet
     */
    public FigureParts figure(BigDecimal value, FigureQualifier qualifier, String englishUnit, String translatedUnit) {
        if (language != Language.EN && (translatedUnit == null || translatedUnit.isBlank())) {
            return english.figure(value, qualifier, englishUnit, null);
        }
        String number;
        String unit;
        if (language == Language.EN) {
            number = NumberText.of(language).format(value);
            unit = englishUnit.strip();
        } else {
            UnitScale scale = UnitScale.ofEnglish(englishUnit);
            number = NumberText.of(language).scaled(value, scale.exponent());
            unit = scale.baseOf(translatedUnit);
        }
        String[] hedge = hedge(qualifier);
        return new FigureParts(language, hedge[0], number, joiner(unit), unit, hedge[1]);
    }

    /** A value with its hedge and no unit, for a table whose column header gives the unit: «более 80», 超过80. */
    public String qualified(BigDecimal value, FigureQualifier qualifier) {
        String[] hedge = hedge(qualifier);
        return hedge[0] + NumberText.of(language).format(value) + hedge[1];
    }

    /** The words before and after the amount. */
    private String[] hedge(FigureQualifier qualifier) {
        String pattern = switch (qualifier.name()) {
            case "EXACT" -> words.figure_exact(AMOUNT);
            case "MORE_THAN" -> words.figure_more_than(AMOUNT);
            case "ABOUT" -> words.figure_about(AMOUNT);
            case "NEARLY" -> words.figure_nearly(AMOUNT);
            case "LESS_THAN" -> words.figure_less_than(AMOUNT);
            case "UP_TO" -> words.figure_up_to(AMOUNT);
            default -> throw new IllegalArgumentException("no wording for the qualifier " + qualifier
                    + ": add a figure_ message to FormatMessages and its translations");
        };
        int at = pattern.indexOf(AMOUNT);
        return new String[] {pattern.substring(0, at), pattern.substring(at + AMOUNT.length())};
    }

    /** What stands between a number and its unit in this language: "64.7%", «64,7 %», "181.9 100 million …". */
    public String joiner(String unit) {
        if (unit.isEmpty()) {
            return "";
        }
        return switch (language) {
            case EN -> unit.startsWith("%") ? "" : " ";
            case RU -> "\u00a0";
            // a Latin unit, or one that starts with a number ("1亿美元": 55.8 1亿美元, never 55.81亿美元), stands apart
            case ZH -> Character.isDigit(unit.charAt(0))
                    || Character.isLetter(unit.charAt(0)) && unit.charAt(0) < 0x2E80 ? " " : "";
        };
    }
}
