package org.amuratlas.i18n;

/**
 * A figure as written in one language, in the pieces a page styles apart (the key-figure cards set the number large
 * and the unit small): {@code lead + number + joiner + unit + trail}, e.g. "more than " + "80" + " " +
 * "billion cubic metres" + "", or "超过" + "800亿" + "" + "立方米" + "".
 *
 * @param language the language the pieces are in: English when the unit has no translation yet, so that a page can
 *        mark the phrase {@code lang="en"} instead of mixing two languages in one phrase
 */
public record FigureParts(Language language, String lead, String number, String joiner, String unit, String trail) {

    /**
     * Whether a narrow key-figure card may set the unit on a line of its own, as a whole («более 80 млрд» above «куб.
     * м»): a word unit after a space may go; a sign (%) stays with its number, and so does a unit written without a
     * space (Chinese 立方米, whose lines break between any two characters).
     */
    public boolean unitMayTakeItsOwnLine() {
        return !joiner.isEmpty() && !unit.startsWith("%");
    }

    public String text() {
        return lead + number + joiner + unit + trail;
    }

    @Override
    public String toString() {
        return text();
    }
}
