package org.amuratlas.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One standalone SVG file for a series: its title, its charts one under the other (as the chart writers drew them),
 * and below them the lines a chart must carry when it travels alone, its source and its licence. Everything is
 * drawn with presentation attributes, so the file needs no stylesheet and shows alike in an img, an editor or a
 * browser tab.
 */
public final class ChartSheet {

    private static final int WIDTH = 640;
    private static final int MARGIN = 16;
    private static final int TITLE_SIZE = 17;
    private static final int FOOT_SIZE = 12;
    private static final int FOOT_LINE = 16;
    private static final Pattern VIEW_BOX = Pattern.compile("^<svg [^>]*viewBox=\"0 0 (\\d+) (\\d+)\"");

    private ChartSheet() {
    }

    /**
     * @param charts SVG documents written by {@link LineChart} or {@link BarChart}
     * @param footer lines under the charts (source, licence), wrapped to the width
     */
    public static String svg(String title, List<String> charts, List<String> footer) {
        StringBuilder body = new StringBuilder(8192);
        int y = MARGIN;
        List<String> titleLines = wrap(title, WIDTH - 2 * MARGIN, TITLE_SIZE);
        for (String line : titleLines) {
            y += TITLE_SIZE + 5;
            text(body, line, y, TITLE_SIZE, "700", "#1d232b");
        }
        y += 8;
        for (String chart : charts) {
            Matcher box = VIEW_BOX.matcher(chart);
            if (!box.find()) {
                throw new IllegalArgumentException("not a chart of the chart writers: " + chart.substring(0, 40));
            }
            int height = Integer.parseInt(box.group(2));
            // placed as a nested viewport: the chart keeps its own coordinates
            body.append("<svg x=\"0\" y=\"").append(y).append("\" width=\"").append(box.group(1)).append("\" height=\"")
                    .append(height).append('"').append(chart.substring(4));
            y += height + 8;
        }
        for (String paragraph : footer) {
            for (String line : wrap(paragraph, WIDTH - 2 * MARGIN, FOOT_SIZE)) {
                y += FOOT_LINE;
                text(body, line, y, FOOT_SIZE, "400", "#4f5966");
            }
        }
        y += MARGIN;
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + WIDTH + " " + y + "\" width=\"" + WIDTH
                + "\" height=\"" + y + "\" role=\"img\" " + Svg.FONT + "><title>" + XmlText.escape(title)
                + "</title><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>" + body + "</svg>\n";
    }

    private static void text(StringBuilder svg, String line, int y, int size, String weight, String colour) {
        svg.append("<text x=\"").append(MARGIN).append("\" y=\"").append(y).append("\" font-size=\"").append(size)
                .append("\" font-weight=\"").append(weight).append("\" fill=\"").append(colour).append("\">")
                .append(XmlText.escape(line)).append("</text>");
    }

    /** Between words where it can, inside a word (Chinese has no spaces) where it must. */
    static List<String> wrap(String text, double width, double size) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (TextWidth.estimate(longer, size) <= width) {
                line = new StringBuilder(longer);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
            }
            line = new StringBuilder();
            for (int i = 0; i < word.length(); ) {
                int next = word.offsetByCodePoints(i, 1);
                String piece = word.substring(i, next);
                if (!line.isEmpty() && TextWidth.estimate(line + piece, size) > width) {
                    lines.add(line.toString());
                    line = new StringBuilder();
                }
                line.append(piece);
                i = next;
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
