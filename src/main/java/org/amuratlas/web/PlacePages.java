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
import org.amuratlas.model.Event;
import org.amuratlas.model.KeyFigure;
import org.amuratlas.model.PageRequest;
import org.amuratlas.model.Place;
import org.amuratlas.model.Project;
import org.amuratlas.model.ProjectCatalog;
import org.amuratlas.model.ProjectFilter;
import org.amuratlas.model.ProjectSort;

@Path("/places")
public class PlacePages {

    @Inject
    ProjectCatalog catalog;

    @Inject
    MapViews maps;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance places(List<Place> places);

        static native TemplateInstance place(Place place, List<Project> projects, List<Event> events,
                List<KeyFigure> figures, String map);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance places() {
        return Templates.places(Place.list("order by country, region, nameEn"));
    }

    @GET
    @Path("/{slug}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance place(@PathParam("slug") String slug) {
        Place place = Place.<Place>findByIdOptional(slug).orElseThrow(NotFoundException::new);
        List<Project> projects = catalog.search(ProjectFilter.byPlace(slug), ProjectSort.NAME,
                PageRequest.firstPage(PageRequest.MAX_LIMIT)).items();
        return Templates.place(place, projects, Event.listByPlace(slug), KeyFigure.listByPlace(slug),
                maps.around("map-" + slug, place, projects));
    }
}
