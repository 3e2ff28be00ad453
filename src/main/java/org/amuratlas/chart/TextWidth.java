package org.amuratlas.chart;

/** The rendered width of a sans-serif text, estimated without a font: good enough to keep labels apart and inside. */
public final class TextWidth {

    private TextWidth() {
    }

    /** In the units of {@code size}: Han and other wide scripts one em per character, Latin narrower or wider. */
    public static double estimate(String text, double size) {
        double w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp >= 0x2E80) {
                w += 1.0;
            } else if ("iljtfr.,;:!'|I ".indexOf(cp) >= 0) {
                w += 0.32;
            } else if (Character.isUpperCase(cp) || cp == 'm' || cp == 'w') {
                w += 0.7;
            } else {
                w += 0.56;
            }
        }
        return w * size;
    }
}
