package org.amuratlas.api;

import java.util.List;
import org.amuratlas.model.Country;
import org.amuratlas.model.PlaceKind;
import org.amuratlas.read.Place;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Place")
public final class PlaceView {

    private final Place place;

    PlaceView(Place place) {
        this.place = place;
    }

    public @NonNull String getSlug() {
        return place.slug();
    }

    public @NonNull String getNameEn() {
        return place.nameEn();
    }

    public @NonNull String getNameRu() {
        return place.nameRu();
    }

    public @NonNull String getNameZh() {
        return place.nameZh();
    }

    public @NonNull Country getCountry() {
        return place.country();
    }

    public @NonNull String getRegion() {
        return place.region().text();
    }

    public @NonNull PlaceKind getKind() {
        return place.kind();
    }

    public double getLatitude() {
        return place.latitude();
    }

    public double getLongitude() {
        return place.longitude();
    }

    public @NonNull String getSummary() {
        return place.summary().text();
    }

    public String getNote() {
        return Views.text(place.note());
    }

    public List<ProjectView> getProjects() {
        return Views.of(place.projects(), ProjectView::new);
    }

    public List<EventView> getEvents() {
        return Views.of(place.events(), EventView::new);
    }

    public List<CitationView> getCitations() {
        return Views.of(place.citations(), CitationView::new);
    }
}
