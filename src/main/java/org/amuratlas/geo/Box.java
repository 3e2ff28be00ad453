package org.amuratlas.geo;

/** An axis-aligned rectangle in SVG user units, for keeping labels apart. */
record Box(double x0, double y0, double x1, double y1) {

    boolean overlaps(Box o) {
        return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1;
    }

    /** The box around a text of width w and height h centred on (cx, cy) and turned by rad. */
    static Box rotated(double cx, double cy, double w, double h, double rad) {
        double c = Math.abs(Math.cos(rad)), s = Math.abs(Math.sin(rad));
        double hw = (w * c + h * s) / 2 + 1, hh = (w * s + h * c) / 2 + 1;
        return new Box(cx - hw, cy - hh, cx + hw, cy + hh);
    }
}
