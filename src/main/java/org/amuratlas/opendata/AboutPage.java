package org.amuratlas.opendata;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import org.amuratlas.i18n.Formats;
import org.amuratlas.web.AtlasMessages;
import org.amuratlas.web.ReaderLanguage;

/**
 * {@code /about}: what the atlas is, how its records are made, its version, licence and changelog; and the atlas as
 * a citable dataset, {@code /about/cite.bib}, {@code .ris}, {@code .csl.json}.
 */
@Path("/about")
public class AboutPage {

    @Inject
    AtlasIdentity identity;

    @Inject
    Changelog changelog;

    @Inject
    ReaderLanguage reader;

    @Inject
    Formats formats;

    @Inject
    DownloadAnswers answers;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance about(String version, String releaseDate, String citation,
                String changelogIntroduction, List<Changelog.Release> releases);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance about() {
        return Templates.about(identity.version(), formats.of(reader.get()).dates().day(identity.releaseDate()),
                citation(), changelog.introduction(), changelog.releases());
    }

    /** The dataset's reference in the reader's language. */
    private String citation() {
        AtlasMessages msg = MessageBundles.get(AtlasMessages.class, Localized.Literal.of(reader.get().code));
        return msg.dataset_citation(msg.site_title(), identity.releaseDate().getYear(), identity.version(),
                identity.siteUrl() + "/");
    }

    @GET
    @Path("/cite.bib")
    public Response bibtex(@Context HttpHeaders request) {
        return answer(CitationFormat.BIBTEX, request);
    }

    @GET
    @Path("/cite.ris")
    public Response ris(@Context HttpHeaders request) {
        return answer(CitationFormat.RIS, request);
    }

    @GET
    @Path("/cite.csl.json")
    public Response cslJson(@Context HttpHeaders request) {
        return answer(CitationFormat.CSL_JSON, request);
    }

    private Response answer(CitationFormat format, HttpHeaders request) {
        return answers.answer(format.download(CitationEntry.of(identity), AtlasIdentity.PACKAGE_NAME), request);
    }
}
