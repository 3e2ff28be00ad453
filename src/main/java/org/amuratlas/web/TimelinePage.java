package org.amuratlas.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.amuratlas.model.Event;
import org.amuratlas.model.Theme;

@Path("/timeline")
public class TimelinePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance timeline(List<Event> events, List<Theme> themes, Theme selected);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance timeline(@QueryParam("theme") String theme) {
        String slug = QueryParams.slug("theme", theme);
        if (slug == null) {
            return Templates.timeline(Event.listChronological(), Theme.listInOrder(), null);
        }
        Theme selected = Theme.<Theme>findByIdOptional(slug)
                .orElseThrow(() -> new BadRequestException("There is no theme '" + slug + "'."));
        return Templates.timeline(Event.listByTheme(slug), Theme.listInOrder(), selected);
    }
}
