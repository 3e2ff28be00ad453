package org.amuratlas.geo;

import java.util.ArrayList;
import java.util.List;

/**
 * Where labels may still go: the map's frame less a 2-unit margin, less everything placed so far (graticule labels,
 * place markers, labels). Labels are placed greedily, so the order of placement is the order of importance.
 */
final class LabelSpace {

    private final double width;
    private final double height;
    private final List<Box> taken = new ArrayList<>();

    LabelSpace(double width, double height) {
        this.width = width;
        this.height = height;
    }

    void take(Box box) {
        taken.add(box);
    }

    /** Whether the box is inside the frame and overlaps nothing taken, leaving aside {@code except} (a label's own marker). */
    boolean fits(Box box, Box except) {
        if (box.x0() < 2 || box.y0() < 2 || box.x1() > width - 2 || box.y1() > height - 2) {
            return false;
        }
        for (Box t : taken) {
            if (t != except && !t.equals(except) && t.overlaps(box)) {
                return false;
            }
        }
        return true;
    }
}
