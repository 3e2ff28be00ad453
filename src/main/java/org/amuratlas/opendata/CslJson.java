package org.amuratlas.opendata;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Map;

/** Writes a reference as CSL-JSON (the citation-style language's data format, read by Zotero and pandoc): an array of one item. */
final class CslJson {

    static final String MEDIA_TYPE = "application/vnd.citationstyles.csl+json; charset=UTF-8";

    private CslJson() {
    }

    static String write(CitationEntry entry) {
        JsonObjectBuilder item = Json.createObjectBuilder()
                .add("id", entry.key())
                .add("type", switch (entry.kind()) {
                    case JOURNAL_ARTICLE -> "article-journal";
                    case NEWS_ARTICLE -> entry.container() != null ? "article-newspaper" : "article";
                    case REPORT -> "report";
                    case DATASET -> "dataset";
                })
                .add("title", entry.title());
        JsonArrayBuilder authors = Json.createArrayBuilder();
        for (CitationEntry.Person person : entry.persons()) {
            JsonObjectBuilder name = Json.createObjectBuilder().add("family", person.family());
            if (person.given() != null) {
                name.add("given", person.given());
            }
            authors.add(name);
        }
        if (entry.authors().isEmpty() && entry.corporateAuthor() != null) {
            authors.add(Json.createObjectBuilder().add("literal", entry.corporateAuthor()));
        }
        item.add("author", authors);
        add(item, "container-title", entry.container());
        add(item, "volume", entry.volume());
        add(item, "issue", entry.issue());
        add(item, "page", entry.pages() == null ? null : entry.pages().replace('–', '-'));
        item.add("issued", entry.date() == null
                ? Json.createObjectBuilder().add("date-parts", Json.createArrayBuilder().add(Json.createArrayBuilder().add(entry.year())))
                : dateParts(entry.date()));
        add(item, "version", entry.version());
        add(item, "DOI", entry.doi());
        add(item, "URL", entry.url());
        if (entry.accessed() != null) {
            item.add("accessed", dateParts(entry.accessed()));
        }
        add(item, "language", entry.language());
        add(item, "note", entry.note());
        StringWriter out = new StringWriter();
        try (var writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
            writer.writeArray(Json.createArrayBuilder().add(item).build());
        }
        return out.toString().strip() + "\n";
    }

    private static JsonObjectBuilder dateParts(LocalDate date) {
        return Json.createObjectBuilder().add("date-parts", Json.createArrayBuilder().add(Json.createArrayBuilder()
                .add(date.getYear()).add(date.getMonthValue()).add(date.getDayOfMonth())));
    }

    private static void add(JsonObjectBuilder item, String name, String value) {
        if (value != null) {
            item.add(name, value);
        }
    }
}
