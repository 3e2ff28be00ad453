package org.amuratlas.api;

import org.amuratlas.model.Perspective;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Perspective")
@Description("A position attributed to its holder. The atlas reports positions; it takes none.")
public record PerspectiveView(@NonNull String slug, @NonNull String summary, @Description("Short verbatim quotation, if any.") String quote,
        @NonNull String statedWhen, @NonNull ActorView actor) {

    static PerspectiveView of(Perspective p) {
        return new PerspectiveView(p.slug, p.summary, p.quote, p.statedWhen, ActorView.of(p.actor));
    }
}
