package org.amuratlas.opendata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.amuratlas.chart.XmlText;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.amuratlas.read.Series;
import org.amuratlas.web.SeriesCharts;

/** The {@code <iframe>} code a series page offers for other sites to copy ({@code inject:embeds.iframe(series)}). */
@Named("embeds")
@ApplicationScoped
public class EmbedSnippets {

    /** The embed page around its charts: title, source and licence lines, margins. */
    private static final int PAGE_AROUND_CHARTS = 190;

    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");

    @Inject
    AtlasIdentity identity;

    @Inject
    SeriesCharts charts;

    /** Tall enough for the embed page to show its charts without scrolling at the iframe's width. */
    private int height(Series series) {
        int height = PAGE_AROUND_CHARTS;
        for (String chart : charts.chartsFor(series)) {
            Matcher box = VIEW_BOX.matcher(chart);
            if (box.find()) {
                // drawn 640 wide, shown at most 648 px wide in the 680 px frame's margins
                height += Integer.parseInt(box.group(2)) + 8;
            }
        }
        return height;
    }

    /** The code as text (the page escapes it once more to show it). */
    public String iframe(Series series) {
        return "<iframe src=\"" + identity.permanentUrl("/embed/data/" + series.slug()) + "\" title=\""
                + XmlText.escape(series.title().text())
                + "\" width=\"680\" height=\"" + height(series) + "\" loading=\"lazy\" style=\"border:0;max-width:100%\"></iframe>";
    }
}
