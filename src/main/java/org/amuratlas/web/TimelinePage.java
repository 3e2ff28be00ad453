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
import org.amuratlas.model.Era;
import org.amuratlas.model.Event;
import org.amuratlas.model.Theme;

@Path("/timeline")
public class TimelinePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance timeline(List<Event> events, List<Theme> themes, Theme selected, Era[] eras,
                Era era);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance timeline(@QueryParam("theme") String theme, @QueryParam("era") String era) {
        String slug = QueryParams.slug("theme", theme);
        Theme selected = slug == null ? null : Theme.<Theme>findByIdOptional(slug)
                .orElseThrow(() -> new BadRequestException("There is no theme '" + slug + "'."));
        Era period = QueryParams.enumValue("era", era, Era.class);
        return Templates.timeline(Event.listFor(slug, period), Theme.listInOrder(), selected, Era.values(), period);
    }
}
