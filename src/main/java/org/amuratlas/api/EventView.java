package org.amuratlas.api;

import java.util.List;
import org.amuratlas.model.DatePrecision;
import org.amuratlas.model.EventKind;
import org.amuratlas.read.Event;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Event")
public final class EventView {

    private final Event event;

    EventView(Event event) {
        this.event = event;
    }

    public @NonNull String getSlug() {
        return event.slug();
    }

    public @NonNull String getTitle() {
        return event.title().text();
    }

    public @NonNull EventKind getKind() {
        return event.kind();
    }

    @Description("ISO 8601 date at the precision the sources give (YYYY, YYYY-MM or YYYY-MM-DD); null if undated.")
    public String getDate() {
        return event.isoDate();
    }

    @Description("The date in words, e.g. \"mid-19th century\".")
    public @NonNull String getDateLabel() {
        return event.dateLabel();
    }

    public @NonNull DatePrecision getPrecision() {
        return event.precision();
    }

    @Description("Year used to order the timeline.")
    public int getSortYear() {
        return event.sortYear();
    }

    public @NonNull String getSummary() {
        return event.summary().text();
    }

    public String getNote() {
        return Views.text(event.note());
    }

    public List<ThemeView> getThemes() {
        return Views.of(event.themes(), ThemeView::new);
    }

    public List<PlaceView> getPlaces() {
        return Views.of(event.places(), PlaceView::new);
    }

    public List<ProjectView> getProjects() {
        return Views.of(event.projects(), ProjectView::new);
    }

    public List<ActorView> getActors() {
        return Views.of(event.actors(), ActorView::new);
    }

    public List<CitationView> getCitations() {
        return Views.of(event.citations(), CitationView::new);
    }
}
