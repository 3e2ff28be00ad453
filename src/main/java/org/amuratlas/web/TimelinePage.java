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
import org.amuratlas.model.Era;
import org.amuratlas.read.Atlas;
import org.amuratlas.read.Event;
import org.amuratlas.read.Theme;

@Path("/timeline")
public class TimelinePage {

    @Inject
    PageAtlas pages;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance timeline(List<Event> events, List<Theme> themes, Theme selected, Era[] eras,
                Era era);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance timeline(@QueryParam("theme") String theme, @QueryParam("era") String era) {
        Atlas atlas = pages.current();
        String slug = QueryParams.slug("theme", theme);
        Theme selected = slug == null ? null : atlas.theme(slug)
                .orElseThrow(() -> BadParameter.unknown("theme", slug));
        Era period = QueryParams.enumValue("era", era, Era.class);
        List<Event> events = period == null ? atlas.timeline(slug, null, null)
                : atlas.timeline(slug, period.fromYear, period.toYear);
        return Templates.timeline(events, atlas.themes(), selected, Era.values(), period);
    }
}
