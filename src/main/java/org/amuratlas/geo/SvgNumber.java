package org.amuratlas.geo;

/** Coordinates as the map writes them: one decimal, no locale, no "-0" (a tenth of a pixel is below what shows). */
final class SvgNumber {

    private SvgNumber() {
    }

    static String num(double v) {
        long tenths = Math.round(v * 10);
        if (tenths == 0) {
            return "0";
        }
        String sign = tenths < 0 ? "-" : "";
        long a = Math.abs(tenths);
        return a % 10 == 0 ? sign + (a / 10) : sign + (a / 10) + "." + (a % 10);
    }
}
