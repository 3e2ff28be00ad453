package org.amuratlas.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.amuratlas.read.Source;

@Path("/sources")
public class SourcesPage {

    @Inject
    PageAtlas pages;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance sources(List<Source> sources);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance sources() {
        return Templates.sources(pages.current().sources());
    }
}
