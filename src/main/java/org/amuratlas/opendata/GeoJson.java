package org.amuratlas.opendata;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import org.amuratlas.read.Atlas;
import org.amuratlas.read.Language;
import org.amuratlas.read.LocalizedText;
import org.amuratlas.read.Place;
import org.amuratlas.read.Project;

/**
 * The atlas's geometry as GeoJSON (RFC 7946): WGS 84 positions in [longitude, latitude] order, one
 * FeatureCollection of the places (Points, each with its English, Russian and Chinese name) and one of the projects
 * (a LineString through its places in route order, a Point for a project at one place, no geometry for a project
 * the sources tie to no place).
 */
final class GeoJson {

    static final String MEDIA_TYPE = "application/geo+json";

    private GeoJson() {
    }

    static String places(Atlas atlas, AtlasIdentity identity) {
        JsonArrayBuilder features = Json.createArrayBuilder();
        for (Place place : atlas.places()) {
            features.add(Json.createObjectBuilder()
                    .add("type", "Feature")
                    .add("id", place.slug())
                    .add("geometry", Json.createObjectBuilder().add("type", "Point").add("coordinates", position(place)))
                    .add("properties", Json.createObjectBuilder()
                            .add("slug", place.slug())
                            .add("name_en", place.nameEn())
                            .add("name_ru", place.nameRu())
                            .add("name_zh", place.nameZh())
                            .add("kind", place.kind().name())
                            .add("country", place.country().name())
                            .add("region", place.region().english())
                            .add("outline", Json.createArrayBuilder(place.outline()))
                            .add("url", identity.permanentUrl("/places/" + place.slug()))));
        }
        return collection(features);
    }

    static String projects(Atlas atlas, AtlasIdentity identity) {
        JsonArrayBuilder features = Json.createArrayBuilder();
        for (Project project : atlas.projects()) {
            JsonObjectBuilder feature = Json.createObjectBuilder().add("type", "Feature").add("id", project.slug());
            List<Place> route = project.places();
            if (route.isEmpty()) {
                feature.addNull("geometry");
            } else if (route.size() == 1) {
                feature.add("geometry", Json.createObjectBuilder().add("type", "Point")
                        .add("coordinates", position(route.get(0))));
            } else {
                JsonArrayBuilder line = Json.createArrayBuilder();
                route.forEach(place -> line.add(position(place)));
                feature.add("geometry", Json.createObjectBuilder().add("type", "LineString").add("coordinates", line));
            }
            JsonArrayBuilder places = Json.createArrayBuilder();
            route.forEach(place -> places.add(place.slug()));
            feature.add("properties", Json.createObjectBuilder()
                    .add("slug", project.slug())
                    .add("name_en", project.name().english())
                    .add("name_ru", inOrEnglish(project.name(), Language.RU))
                    .add("name_zh", inOrEnglish(project.name(), Language.ZH))
                    .add("kind", project.kind().name())
                    .add("status", project.status().name())
                    .add("status_as_of", text(project.statusAsOf()))
                    .add("places", places)
                    .add("url", identity.permanentUrl("/projects/" + project.slug())));
            features.add(feature);
        }
        return collection(features);
    }

    private static JsonArrayBuilder position(Place place) {
        return Json.createArrayBuilder().add(BigDecimal.valueOf(place.longitude()))
                .add(BigDecimal.valueOf(place.latitude()));
    }

    /** The translation, or the English original where the atlas has none. */
    private static String inOrEnglish(LocalizedText text, Language language) {
        String translated = text.in(language);
        return translated != null ? translated : text.english();
    }

    private static String text(LocalizedText text) {
        return text == null ? "" : text.english();
    }

    private static String collection(JsonArrayBuilder features) {
        StringWriter out = new StringWriter();
        try (var writer = Json.createWriter(out)) {
            writer.writeObject(Json.createObjectBuilder()
                    .add("type", "FeatureCollection")
                    .add("features", features)
                    .build());
        }
        return out.toString();
    }
}
