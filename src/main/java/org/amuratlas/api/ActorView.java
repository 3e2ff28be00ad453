package org.amuratlas.api;

import org.amuratlas.model.Actor;
import org.amuratlas.model.ActorKind;
import org.amuratlas.model.Country;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Actor")
public record ActorView(@NonNull String slug, @NonNull String name, @NonNull ActorKind kind, Country country, @NonNull String role) {

    static ActorView of(Actor a) {
        return new ActorView(a.slug, a.name, a.kind, a.country, a.role);
    }
}
