package org.amuratlas.api;

import org.amuratlas.model.Country;
import org.amuratlas.model.Place;
import org.amuratlas.model.PlaceKind;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Place")
public record PlaceView(@NonNull String slug, @NonNull String nameEn, @NonNull String nameRu, @NonNull String nameZh, @NonNull Country country, @NonNull String region,
        @NonNull PlaceKind kind, double latitude, double longitude, @NonNull String summary, String note) {

    static PlaceView of(Place p) {
        return new PlaceView(p.slug, p.nameEn, p.nameRu, p.nameZh, p.country, p.region, p.kind, p.latitude,
                p.longitude, p.summary, p.note);
    }
}
