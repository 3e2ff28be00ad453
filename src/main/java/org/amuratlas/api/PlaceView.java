package org.amuratlas.api;

import org.amuratlas.model.Country;
import org.amuratlas.model.Place;
import org.amuratlas.model.PlaceKind;
import org.eclipse.microprofile.graphql.Type;

@Type("Place")
public record PlaceView(String slug, String nameEn, String nameRu, String nameZh, Country country, String region,
        PlaceKind kind, double latitude, double longitude, String summary, String note) {

    static PlaceView of(Place p) {
        return new PlaceView(p.slug, p.nameEn, p.nameRu, p.nameZh, p.country, p.region, p.kind, p.latitude,
                p.longitude, p.summary, p.note);
    }
}
