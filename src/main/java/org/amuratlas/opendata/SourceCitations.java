package org.amuratlas.opendata;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.amuratlas.read.Language;
import org.amuratlas.read.Reads;
import org.amuratlas.read.Source;

/** Each source document in the formats of reference managers: {@code /sources/{slug}.bib}, {@code .ris}, {@code .csl.json}. */
@Path("/sources")
public class SourceCitations {

    @Inject
    Reads reads;

    @Inject
    DownloadAnswers answers;

    @GET
    @Path("/{slug}.bib")
    public Response bibtex(@PathParam("slug") String slug, @Context HttpHeaders request) {
        return answer(slug, CitationFormat.BIBTEX, request);
    }

    @GET
    @Path("/{slug}.ris")
    public Response ris(@PathParam("slug") String slug, @Context HttpHeaders request) {
        return answer(slug, CitationFormat.RIS, request);
    }

    @GET
    @Path("/{slug}.csl.json")
    public Response cslJson(@PathParam("slug") String slug, @Context HttpHeaders request) {
        return answer(slug, CitationFormat.CSL_JSON, request);
    }

    private Response answer(String slug, CitationFormat format, HttpHeaders request) {
        Source source = reads.in(Language.EN).source(slug).orElseThrow(NotFoundException::new);
        return answers.answer(format.download(CitationEntry.of(source), source.slug()), request);
    }
}
