package org.amuratlas.api;

import org.amuratlas.model.Actor;
import org.amuratlas.model.ActorKind;
import org.amuratlas.model.Country;
import org.eclipse.microprofile.graphql.Type;

@Type("Actor")
public record ActorView(String slug, String name, ActorKind kind, Country country, String role) {

    static ActorView of(Actor a) {
        return new ActorView(a.slug, a.name, a.kind, a.country, a.role);
    }
}
