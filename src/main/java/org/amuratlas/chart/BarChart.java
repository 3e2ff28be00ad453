package org.amuratlas.chart;

import java.util.ArrayList;
import java.util.List;

/** Draws labelled horizontal bars as a self-contained, accessible SVG. */
public final class BarChart {

    /** Narrow enough that a phone (about 350 CSS px for the chart) shows its 12-unit type at 10 px or more. */
    private static final int WIDTH = 420;
    private static final int LEFT = 16;
    private static final int RIGHT = 16;
    private static final int TOP = 40;
    private static final int ROW = 64;
    private static final int FONT_SIZE = 12;
    /** The height a label's second and further lines add to its row. */
    private static final int LINE = 16;
    /** Labels wrap at 90 % of the plot width: the width is estimated, and the reader's font may run wider. */
    private static final double LABEL_WIDTH = (WIDTH - LEFT - RIGHT) * 0.9;

    private BarChart() {
    }

    public static String svg(String id, String title, String description, List<Bar> bars) {
        double plotW = WIDTH - LEFT - RIGHT;
        List<List<String>> labels = bars.stream().map(bar -> wrap(bar.label(), LABEL_WIDTH)).toList();
        int height = TOP + ROW * bars.size() + LINE * labels.stream().mapToInt(lines -> lines.size() - 1).sum() + 10;
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(1);
        StringBuilder svg = new StringBuilder(2048);
        svg.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" role=\"img\" aria-labelledby=\"").append(id).append("-t ").append(id)
                .append("-d\" ").append(Svg.FONT).append(" font-size=\"").append(FONT_SIZE).append("\">");
        svg.append("<title id=\"").append(id).append("-t\">").append(XmlText.escape(title)).append("</title>");
        svg.append("<desc id=\"").append(id).append("-d\">").append(XmlText.escape(description)).append("</desc>");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>");
        svg.append("<text x=\"").append(LEFT).append("\" y=\"22\" font-size=\"15\" font-weight=\"700\" fill=\"#1d232b\">")
                .append(XmlText.escape(title)).append("</text>");
        double y = TOP;
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double w = max <= 0 ? 0 : Math.max(2, bar.value() / max * plotW);
            for (String line : labels.get(i)) {
                svg.append("<text x=\"").append(LEFT).append("\" y=\"").append(Svg.coordinate(y + 12))
                        .append("\" fill=\"#1d232b\">").append(XmlText.escape(line)).append("</text>");
                y += LINE;
            }
            y -= LINE; // the first line is part of the row
            svg.append("<text x=\"").append(LEFT).append("\" y=\"").append(Svg.coordinate(y + 28))
                    .append("\" fill=\"#1d232b\" font-weight=\"700\">").append(XmlText.escape(bar.valueLabel())).append("</text>");
            svg.append("<rect x=\"").append(LEFT).append("\" y=\"").append(Svg.coordinate(y + 34)).append("\" width=\"")
                    .append(Svg.coordinate(w)).append("\" height=\"18\" fill=\"").append(Svg.PALETTE[i % Svg.PALETTE.length])
                    .append("\"/>");
            y += ROW;
        }
        return svg.append("</svg>").toString();
    }

    /** Breaks a label between words into lines that fit the width (a single overlong word keeps a line of its own). */
    static List<String> wrap(String label, double width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : label.split(" ")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && TextWidth.estimate(longer, FONT_SIZE) > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(longer);
            }
        }
        lines.add(line.toString());
        return lines;
    }
}
