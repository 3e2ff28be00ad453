package org.amuratlas.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.amuratlas.i18n.Language;
import org.amuratlas.read.LocalizedText;
import org.amuratlas.read.Phrase;
import org.amuratlas.read.SearchHit;

@Path("/search")
public class SearchPage {

    @Inject
    PageAtlas pages;

    @Inject
    ReaderLanguage reader;

    /**
     * A hit with its excerpt cut and marked, and the language of the excerpt where it is not the page's (a Latin
     * query found in the English original on a Russian page), for its {@code lang} attribute; else null.
     */
    public record Result(SearchHit hit, List<Highlight.Segment> excerpt, String lang) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(String q, List<Result> results);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance search(@QueryParam("q") String q) {
        Phrase phrase = QueryParams.phrase("q", q);
        if (phrase == null) {
            return Templates.search("", List.of());
        }
        List<Result> results = pages.current().search(phrase).stream()
                .map(hit -> new Result(hit, Highlight.excerpt(hit.matchedText(), phrase.text()), otherLanguage(hit)))
                .toList();
        return Templates.search(phrase.text(), results);
    }

    /** The tag of the language the hit's text was found in, if it is not the reader's. */
    private String otherLanguage(SearchHit hit) {
        Language page = reader.get();
        for (LocalizedText text : hit.record().searchTexts()) {
            for (Language language : Language.values()) {
                String variant = text.in(org.amuratlas.read.Language.fromTag(language.code).orElseThrow());
                if (hit.matchedText().equals(variant)) {
                    return language == page ? null : language.tag;
                }
            }
        }
        return null;
    }
}
