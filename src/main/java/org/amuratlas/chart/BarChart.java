package org.amuratlas.chart;

import java.util.List;

/** Draws labelled horizontal bars as a self-contained, accessible SVG. */
public final class BarChart {

    private static final int WIDTH = 640;
    private static final int LEFT = 16;
    private static final int RIGHT = 16;
    private static final int TOP = 40;
    private static final int ROW = 64;

    private BarChart() {
    }

    public static String svg(String id, String title, String description, List<Bar> bars) {
        int height = TOP + ROW * bars.size() + 10;
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(1);
        double plotW = WIDTH - LEFT - RIGHT;
        StringBuilder svg = new StringBuilder(2048);
        svg.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" role=\"img\" aria-labelledby=\"").append(id).append("-t ").append(id)
                .append("-d\" ").append(Svg.FONT).append(" font-size=\"12\">");
        svg.append("<title id=\"").append(id).append("-t\">").append(XmlText.escape(title)).append("</title>");
        svg.append("<desc id=\"").append(id).append("-d\">").append(XmlText.escape(description)).append("</desc>");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>");
        svg.append("<text x=\"").append(LEFT).append("\" y=\"22\" font-size=\"15\" font-weight=\"700\" fill=\"#1d232b\">")
                .append(XmlText.escape(title)).append("</text>");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double y = TOP + i * ROW;
            double w = max <= 0 ? 0 : Math.max(2, bar.value() / max * plotW);
            svg.append("<text x=\"").append(LEFT).append("\" y=\"").append(Svg.coordinate(y + 12))
                    .append("\" fill=\"#1d232b\">").append(XmlText.escape(bar.label())).append("</text>");
            svg.append("<text x=\"").append(LEFT).append("\" y=\"").append(Svg.coordinate(y + 28))
                    .append("\" fill=\"#1d232b\" font-weight=\"700\">").append(XmlText.escape(bar.valueLabel())).append("</text>");
            svg.append("<rect x=\"").append(LEFT).append("\" y=\"").append(Svg.coordinate(y + 34)).append("\" width=\"")
                    .append(Svg.coordinate(w)).append("\" height=\"18\" fill=\"").append(Svg.PALETTE[i % Svg.PALETTE.length])
                    .append("\"/>");
        }
        return svg.append("</svg>").toString();
    }
}
