package org.amuratlas.opendata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.amuratlas.chart.XmlText;
import org.amuratlas.read.Series;

/** The {@code <iframe>} code a series page offers for other sites to copy ({@code inject:embeds.iframe(series)}). */
@Named("embeds")
@ApplicationScoped
public class EmbedSnippets {

    @Inject
    AtlasIdentity identity;

    /** The code as text (the page escapes it once more to show it). */
    public String iframe(Series series) {
        return "<iframe src=\"" + identity.permanentUrl("/embed/data/" + series.slug()) + "\" title=\""
                + XmlText.escape(series.title().text())
                + "\" width=\"680\" height=\"600\" loading=\"lazy\" style=\"border:0;max-width:100%\"></iframe>";
    }
}
