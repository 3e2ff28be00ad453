package org.amuratlas.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.amuratlas.model.CitedRecord;
import org.amuratlas.model.Source;
import org.amuratlas.model.SourceUsage;

@Path("/sources")
public class SourcesPage {

    @Inject
    SourceUsage usage;

    /** A source and the records that cite it. */
    public record SourceEntry(Source source, List<CitedRecord> citedBy) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance sources(List<SourceEntry> entries);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance sources() {
        Map<String, List<CitedRecord>> bySource = usage.bySource();
        return Templates.sources(Source.listInOrder().stream()
                .map(s -> new SourceEntry(s, bySource.getOrDefault(s.slug, List.of()))).toList());
    }
}
