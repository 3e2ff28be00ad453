package org.amuratlas.geo;

/**
 * The rough rendered width of a sans-serif text, good enough to keep labels apart without font metrics: Chinese
 * characters take a full em, narrow Latin letters a third, capitals 0.7, the rest 0.56.
 */
final class TextWidth {

    private TextWidth() {
    }

    static double of(String text, double size) {
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
