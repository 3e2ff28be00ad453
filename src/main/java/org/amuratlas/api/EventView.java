package org.amuratlas.api;

import org.amuratlas.model.DatePrecision;
import org.amuratlas.model.Event;
import org.amuratlas.model.EventKind;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Event")
public record EventView(@NonNull String slug, @NonNull String title, @NonNull EventKind kind,
        @Description("ISO 8601 date at the precision the sources give (YYYY, YYYY-MM or YYYY-MM-DD); null if undated.") String date,
        @Description("The date in words, e.g. \"mid-19th century\".") @NonNull String dateLabel, @NonNull DatePrecision precision,
        @Description("Year used to order the timeline.") int sortYear, @NonNull String summary, String note) {

    static EventView of(Event e) {
        return new EventView(e.slug, e.title, e.kind, e.isoDate(), e.dateLabel(), e.precision, e.sortYear, e.summary,
                e.note);
    }
}
