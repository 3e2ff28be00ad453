package org.amuratlas.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.amuratlas.read.Place;

@Path("/places")
public class PlacePages {

    @Inject
    PageAtlas pages;

    @Inject
    MapViews maps;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance places(List<Place> places);

        static native TemplateInstance place(Place place, MapView map);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance places() {
        return Templates.places(pages.current().placesByRegion());
    }

    @GET
    @Path("/{slug}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance place(@PathParam("slug") String slug) {
        Place place = pages.current().place(slug).orElseThrow(NotFoundException::new);
        return Templates.place(place, maps.around(place));
    }
}
