package org.amuratlas.opendata;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import java.util.List;
import org.amuratlas.chart.ChartSheet;
import org.amuratlas.read.Citation;
import org.amuratlas.read.Language;
import org.amuratlas.read.Reads;
import org.amuratlas.read.Series;
import org.amuratlas.web.AtlasMessages;
import org.amuratlas.web.ReaderLanguage;
import org.amuratlas.web.SeriesCharts;

/**
 * A series' charts as they travel to other sites (the SVG file and the embed page), in the reader's language, with
 * the lines that must go with them: the sources, the atlas, its dataset version and licence, and the address.
 */
@ApplicationScoped
public class SeriesFigures {

    @Inject
    Reads reads;

    @Inject
    ReaderLanguage reader;

    @Inject
    SeriesCharts charts;

    @Inject
    AtlasIdentity identity;

    /** A series with charts, in the reader's language; 404 for an unknown slug or a series with nothing to chart. */
    public Series chartedSeries(String slug) {
        Series series = reads.in(language()).series(slug).orElseThrow(NotFoundException::new);
        if (charts.chartsFor(series).isEmpty()) {
            throw new NotFoundException();
        }
        return series;
    }

    public List<String> charts(Series series) {
        return charts.chartsFor(series);
    }

    /** "Source: Song (2019), Table 1", in the reader's language. */
    public String sourceLine(Series series) {
        AtlasMessages msg = messages();
        StringBuilder sources = new StringBuilder();
        for (Citation citation : series.citations()) {
            if (!sources.isEmpty()) {
                sources.append(msg.cite_sep());
            }
            sources.append(citation.source().shortRef()).append(msg.ref_sep()).append(citation.locator().text());
        }
        return msg.chart_sources(sources.toString());
    }

    /** The atlas, dataset version and licence. */
    public String licenceLine() {
        AtlasMessages msg = messages();
        return msg.chart_licence(msg.site_title(), identity.version());
    }

    public String permanentUrl(Series series) {
        return identity.recordUrl("data", series.slug());
    }

    String svg(Series series) {
        return ChartSheet.svg(series.title().text(), charts(series),
                List.of(sourceLine(series), licenceLine() + " · " + permanentUrl(series)));
    }

    private AtlasMessages messages() {
        return MessageBundles.get(AtlasMessages.class, Localized.Literal.of(reader.get().code));
    }

    private Language language() {
        return Language.fromTag(reader.get().code).orElse(Language.EN);
    }
}
