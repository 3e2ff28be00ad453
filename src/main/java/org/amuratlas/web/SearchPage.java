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
import org.amuratlas.model.AtlasSearch;
import org.amuratlas.model.SearchHit;

@Path("/search")
public class SearchPage {

    @Inject
    AtlasSearch search;

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
        String phrase = QueryParams.text("q", q);
        if (phrase == null) {
            return Templates.search("", List.of());
        }
        List<Result> results = search.search(phrase).stream()
                .map(hit -> new Result(hit, Highlight.excerpt(hit.matchedText(), phrase))).toList();
        return Templates.search(phrase, results);
    }
}
