package org.amuratlas.dataset;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two forms of note that excuse a table cell from a check. A note names the check it explains by its wording,
 * and states the figures it is about, so it excuses the cell only while those figures are the cell's: a note left
 * behind after a figure changed (or a figure changed tenfold under an old note) is itself a violation. Any other
 * note is commentary for the reader and excuses nothing.
 */
final class EditorialNotes {

    private static final String NUMBER = "([+\\-−]?\\d+(?:\\.\\d+)?)";

    /**
     * Explains {@link Check#GROWTH}: "the printed growth rate does not follow from the printed values: 31.9 (2010)
     * to 146.4 (2011) is +358.9%, not +360.0%".
     */
    record GrowthNote(BigDecimal previous, int previousYear, BigDecimal current, int year, BigDecimal computed,
            BigDecimal printed) {

        private static final Pattern FORM = Pattern.compile("the printed growth rate does not follow from the printed "
                + "values: " + NUMBER + " \\((\\d{4})\\) to " + NUMBER + " \\((\\d{4})\\) is " + NUMBER + "%, not "
                + NUMBER + "%");

        static Optional<GrowthNote> in(String note) {
            Matcher m = note == null ? null : FORM.matcher(note);
            if (m == null || !m.find()) {
                return Optional.empty();
            }
            return Optional.of(new GrowthNote(number(m.group(1)), Integer.parseInt(m.group(2)), number(m.group(3)),
                    Integer.parseInt(m.group(4)), number(m.group(5)), number(m.group(6))));
        }
    }

    /** Explains {@link Check#TOTAL}: "exports (89.3) plus imports (143.5) make 232.8, not the printed total of 232.6". */
    record SumNote(BigDecimal exports, BigDecimal imports, BigDecimal sum, BigDecimal printedTotal) {

        private static final Pattern FORM = Pattern.compile("exports \\(" + NUMBER + "\\) plus imports \\(" + NUMBER
                + "\\) make " + NUMBER + ", not the printed total of " + NUMBER);

        static Optional<SumNote> in(String note) {
            Matcher m = note == null ? null : FORM.matcher(note);
            if (m == null || !m.find()) {
                return Optional.empty();
            }
            return Optional.of(new SumNote(number(m.group(1)), number(m.group(2)), number(m.group(3)),
                    number(m.group(4))));
        }
    }

    private EditorialNotes() {
    }

    private static BigDecimal number(String text) {
        return new BigDecimal(text.replace('−', '-').replace("+", ""));
    }
}
