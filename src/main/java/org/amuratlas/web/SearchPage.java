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
import org.amuratlas.read.Phrase;
import org.amuratlas.read.SearchHit;

@Path("/search")
public class SearchPage {

    @Inject
    PageAtlas pages;

    /** A hit with its excerpt cut and marked. */
    public record Result(SearchHit hit, List<Highlight.Segment> excerpt) {
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
                .map(hit -> new Result(hit, Highlight.excerpt(hit.matchedText(), phrase.text()))).toList();
        return Templates.search(phrase.text(), results);
    }
}
