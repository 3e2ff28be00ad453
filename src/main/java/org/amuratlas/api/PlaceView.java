package org.amuratlas.api;

import java.util.List;
import org.amuratlas.i18n.Formats;
import org.amuratlas.model.Country;
import org.amuratlas.model.PlaceKind;
import org.amuratlas.read.Place;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Place")
public final class PlaceView {

    private final Place place;

    private final Formats.Local in;

    PlaceView(Place place, Formats.Local in) {
        this.place = place;
        this.in = in;
    }

    public @NonNull String getSlug() {
        return place.slug();
    }

    @Description("The place's name in the request's language (its nameEn, nameRu or nameZh).")
    public @NonNull String getName() {
        return place.name().text();
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

    @Description("For a region or country, the ISO 3166 codes of the areas that make it up on the atlas's map "
            + "(provinces and federal subjects as ISO 3166-2, e.g. CN-HL; a country as ISO 3166-1, e.g. CN); "
            + "empty for points and for areas the map has no outline for.")
    public @NonNull List<@NonNull String> getOutline() {
        return place.outline();
    }

    public @NonNull String getSummary() {
        return place.summary().text();
    }

    public String getNote() {
        return Views.text(place.note());
    }

    public List<ProjectView> getProjects() {
        return Views.of(place.projects(), ProjectView::new, in);
    }

    public List<EventView> getEvents() {
        return Views.of(place.events(), EventView::new, in);
    }

    public List<CitationView> getCitations() {
        return Views.of(place.citations(), CitationView::new, in);
    }
}
