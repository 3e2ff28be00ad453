package org.amuratlas.api;

import java.util.List;
import org.amuratlas.i18n.Formats;
import org.amuratlas.model.ActorKind;
import org.amuratlas.model.Country;
import org.amuratlas.read.Actor;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Actor")
public final class ActorView {

    private final Actor actor;

    private final Formats.Local in;

    ActorView(Actor actor, Formats.Local in) {
        this.actor = actor;
        this.in = in;
    }

    public @NonNull String getSlug() {
        return actor.slug();
    }

    public @NonNull String getName() {
        return actor.name().text();
    }

    public @NonNull ActorKind getKind() {
        return actor.kind();
    }

    public Country getCountry() {
        return actor.country();
    }

    public @NonNull String getRole() {
        return actor.role().text();
    }

    public List<EventView> getEvents() {
        return Views.of(actor.events(), EventView::new, in);
    }

    public List<PerspectiveView> getPerspectives() {
        return Views.of(actor.perspectives(), PerspectiveView::new, in);
    }

    public List<CitationView> getCitations() {
        return Views.of(actor.citations(), CitationView::new, in);
    }
}
