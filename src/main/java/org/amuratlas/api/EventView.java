package org.amuratlas.api;

import java.util.List;
import org.amuratlas.i18n.Formats;
import org.amuratlas.model.DatePrecision;
import org.amuratlas.model.EventKind;
import org.amuratlas.read.Event;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Event")
public final class EventView {

    private final Event event;

    private final Formats.Local in;

    EventView(Event event, Formats.Local in) {
        this.event = event;
        this.in = in;
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

    @Description("The date in words in the request's language, only as precise as the sources: \"1 December 2024\","
            + " «1 декабря 2024 г.», 2024年12月1日; \"mid-19th century\", «середина XIX века», 19世纪中叶.")
    public @NonNull String getDateLabel() {
        return in.dates().label(event.precision(), event.sortYear(), event.month(), event.day());
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
        return Views.of(event.themes(), ThemeView::new, in);
    }

    public List<PlaceView> getPlaces() {
        return Views.of(event.places(), PlaceView::new, in);
    }

    public List<ProjectView> getProjects() {
        return Views.of(event.projects(), ProjectView::new, in);
    }

    public List<ActorView> getActors() {
        return Views.of(event.actors(), ActorView::new, in);
    }

    public List<CitationView> getCitations() {
        return Views.of(event.citations(), CitationView::new, in);
    }
}
