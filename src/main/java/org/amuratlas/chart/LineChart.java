package org.amuratlas.chart;

import java.util.List;

/** Draws one or more yearly lines as a self-contained, accessible SVG. */
public final class LineChart {

    /** Narrow enough that a phone (about 350 CSS px for the chart) shows its 12-unit type at 10 px or more. */
    private static final int WIDTH = 420;
    private static final int PLOT_HEIGHT = 340;
    private static final int LEGEND_ROW = 20;
    private static final int LEFT = 64;
    private static final int RIGHT = 20;
    private static final int TOP = 40;
    private static final int BOTTOM = 70;

    private LineChart() {
    }

    /**
     * @param id unique on the page; used for the title and description ids
     * @param description what the chart shows, for screen readers
     * @param text numbers and tooltips in the reader's language
     */
    public static String svg(String id, String title, String description, String xLabel, String yLabel,
            List<ChartLine> lines, ChartText text) {
        int minX = lines.stream().flatMap(l -> l.points().stream()).mapToInt(ChartPoint::x).min().orElse(0);
        int maxX = lines.stream().flatMap(l -> l.points().stream()).mapToInt(ChartPoint::x).max().orElse(1);
        double dataMin = lines.stream().flatMap(l -> l.points().stream()).mapToDouble(ChartPoint::y).min().orElse(0);
        double dataMax = lines.stream().flatMap(l -> l.points().stream()).mapToDouble(ChartPoint::y).max().orElse(1);
        double step = Svg.niceStep(Math.max(dataMax, 0) - Math.min(dataMin, 0), 5);
        double minY = Math.min(0, Math.floor(dataMin / step) * step);
        double maxY = Math.max(step, Math.ceil(dataMax / step) * step);
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = PLOT_HEIGHT - TOP - BOTTOM;
        int height = PLOT_HEIGHT + LEGEND_ROW * (lines.size() - 1);
        int spanX = Math.max(1, maxX - minX);

        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" role=\"img\" aria-labelledby=\"").append(id).append("-t ").append(id)
                .append("-d\" ").append(Svg.FONT).append(" font-size=\"12\">");
        svg.append("<title id=\"").append(id).append("-t\">").append(XmlText.escape(title)).append("</title>");
        svg.append("<desc id=\"").append(id).append("-d\">").append(XmlText.escape(description)).append("</desc>");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>");
        svg.append("<text x=\"").append(LEFT).append("\" y=\"22\" font-size=\"15\" font-weight=\"700\" fill=\"#1d232b\">")
                .append(XmlText.escape(title)).append("</text>");

        for (double tick = minY; tick <= maxY + step / 2; tick += step) {
            double y = TOP + plotH - (tick - minY) / (maxY - minY) * plotH;
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"")
                    .append(Svg.coordinate(y)).append("\" y2=\"").append(Svg.coordinate(y)).append("\" stroke=\"")
                    .append(Math.abs(tick) < step / 1000 ? "#4f5966" : "#e3e7eb").append("\"/>");
            svg.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(Svg.coordinate(y + 4))
                    .append("\" text-anchor=\"end\" fill=\"#4f5966\">").append(XmlText.escape(text.number(tick))).append("</text>");
        }
        for (int year = minX; year <= maxX; year++) {
            double x = LEFT + (year - minX) * plotW / spanX;
            svg.append("<text x=\"").append(Svg.coordinate(x)).append("\" y=\"").append(TOP + plotH + 18)
                    .append("\" text-anchor=\"middle\" fill=\"#4f5966\">").append(year).append("</text>");
        }
        svg.append("<text x=\"").append(LEFT + plotW / 2).append("\" y=\"").append(TOP + plotH + 38)
                .append("\" text-anchor=\"middle\" fill=\"#1d232b\">").append(XmlText.escape(xLabel)).append("</text>");
        // a unit too long for the plot's height (the printed unit beside the real one) goes on two lines
        List<String> yLines = TextWidth.estimate(yLabel, 12) <= plotH ? List.of(yLabel) : splitInTwo(yLabel);
        for (int i = 0; i < yLines.size(); i++) {
            svg.append("<text transform=\"translate(").append(yLines.size() == 1 ? 14 : 12 + 14 * i).append(' ')
                    .append(TOP + plotH / 2).append(") rotate(-90)\" text-anchor=\"middle\" fill=\"#1d232b\">")
                    .append(XmlText.escape(yLines.get(i))).append("</text>");
        }

        for (int i = 0; i < lines.size(); i++) {
            ChartLine line = lines.get(i);
            String colour = Svg.PALETTE[i % Svg.PALETTE.length];
            StringBuilder path = new StringBuilder();
            for (ChartPoint point : line.points()) {
                double x = LEFT + (point.x() - minX) * plotW / spanX;
                double y = TOP + plotH - (point.y() - minY) / (maxY - minY) * plotH;
                path.append(path.isEmpty() ? "M" : " L").append(Svg.coordinate(x)).append(' ').append(Svg.coordinate(y));
                svg.append("<circle cx=\"").append(Svg.coordinate(x)).append("\" cy=\"").append(Svg.coordinate(y))
                        .append("\" r=\"3\" fill=\"").append(colour).append("\"><title>")
                        .append(XmlText.escape(text.point(line.name(), point.x(), text.number(point.y()), yLabel)))
                        .append("</title></circle>");
            }
            svg.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"").append(colour)
                    .append("\" stroke-width=\"2.5\"").append(dash(i))
                    .append("/>");
            int legendY = PLOT_HEIGHT - 12 + i * LEGEND_ROW;
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(LEFT + 28).append("\" y1=\"")
                    .append(legendY).append("\" y2=\"").append(legendY).append("\" stroke=\"").append(colour)
                    .append("\" stroke-width=\"3\"").append(dash(i)).append("/>");
            svg.append("<text x=\"").append(LEFT + 36).append("\" y=\"").append(legendY + 4)
                    .append("\" fill=\"#1d232b\">").append(XmlText.escape(line.name())).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    /** Splits a label at its opening parenthesis, else at the space nearest its middle. */
    static List<String> splitInTwo(String label) {
        int at = label.indexOf(" (");
        if (at < 0) {
            int middle = label.length() / 2;
            int before = label.lastIndexOf(' ', middle), after = label.indexOf(' ', middle);
            at = before < 0 ? after : after < 0 || middle - before <= after - middle ? before : after;
        }
        return at <= 0 ? List.of(label) : List.of(label.substring(0, at), label.substring(at + 1));
    }

    /** Lines differ by dash pattern as well as colour, so they stay apart in print and for colour-blind readers. */
    private static String dash(int index) {
        return switch (index % 3) {
            case 1 -> " stroke-dasharray=\"6 3\"";
            case 2 -> " stroke-dasharray=\"2 3\"";
            default -> "";
        };
    }
}
