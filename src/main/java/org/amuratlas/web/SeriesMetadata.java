package org.amuratlas.web;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.amuratlas.i18n.Formats;
import org.amuratlas.read.LocalizedText;
import org.amuratlas.read.Series;

/**
 * The description of a series that travels with its CSV, in the manner of Our World in Data's
 * {@code .metadata.json}: what is measured, in which unit as printed, with which caveats, and how to cite it.
 */
@JsonbPropertyOrder({"slug", "title", "description", "theme", "unitAsPrinted", "unitNote", "csv", "measures",
        "citations"})
public record SeriesMetadata(String slug, String title, String description, String theme, String unitAsPrinted,
        String unitNote, String csv, List<Measure> measures, List<Citation> citations) {

    @JsonbPropertyOrder({"code", "label", "unit", "percent"})
    public record Measure(String code, String label, String unit, boolean percent) {
    }

    @JsonbPropertyOrder({"source", "citeAs", "locator", "doi", "url"})
    public record Citation(String source, String citeAs, String locator, String doi, String url) {
    }

    /**
     * The metadata as readers of one language read it: its texts and locators in that language, and its
     * {@code csv} the address of the CSV in the same language ({@code /ru/data/….csv}), as the pages link it.
     */
    static SeriesMetadata of(Series s, Formats.Local in) {
        return new SeriesMetadata(s.slug(), s.title().text(), s.description().text(), s.theme().slug(),
                s.unitAsPrinted().text(), text(s.unitNote()), PageLinks.to(in.language(), "/data/" + s.slug() + ".csv"),
                s.measures().stream().map(m -> new Measure(m.code(), m.label().text(), m.unit().text(), m.percent()))
                        .toList(),
                s.citations().stream().map(c -> new Citation(c.source().slug(), c.source().citeAs(),
                        in.locators().write(c.locator().text()), c.source().doi(), c.source().url())).toList());
    }

    private static String text(LocalizedText text) {
        return text == null ? null : text.text();
    }
}
