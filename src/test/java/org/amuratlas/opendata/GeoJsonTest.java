package org.amuratlas.opendata;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The places and projects as GeoJSON (RFC 7946): positions in [longitude, latitude] order, checked against the API. */
@QuarkusTest
class GeoJsonTest {

    @Test
    void everyPlaceIsAPointWithItsThreeNames() {
        JsonPath geo = given().when().get("/data/places.geojson").then().statusCode(200)
                .contentType("application/geo+json").header("ETag", org.hamcrest.Matchers.notNullValue())
                .extract().jsonPath();
        assertEquals("FeatureCollection", geo.getString("type"));
        JsonPath api = graphql("{ places(limit: 100) { totalCount items { slug nameEn nameRu nameZh latitude longitude outline } } }");
        List<Map<String, Object>> places = api.getList("data.places.items");
        assertEquals(api.getInt("data.places.totalCount"), places.size());
        List<Map<String, Object>> features = geo.getList("features");
        assertEquals(places.size(), features.size());
        Map<String, Map<String, Object>> bySlug = new HashMap<>();
        features.forEach(f -> bySlug.put((String) f.get("id"), f));
        for (Map<String, Object> place : places) {
            Map<String, Object> feature = bySlug.get(place.get("slug"));
            assertNotNull(feature, "feature for " + place.get("slug"));
            assertEquals("Feature", feature.get("type"));
            Map<?, ?> geometry = (Map<?, ?>) feature.get("geometry");
            assertEquals("Point", geometry.get("type"));
            List<?> position = (List<?>) geometry.get("coordinates");
            assertEquals(((Number) place.get("longitude")).doubleValue(), ((Number) position.get(0)).doubleValue(),
                    1e-9, "longitude first: " + place.get("slug"));
            assertEquals(((Number) place.get("latitude")).doubleValue(), ((Number) position.get(1)).doubleValue(),
                    1e-9, "latitude second: " + place.get("slug"));
            Map<?, ?> properties = (Map<?, ?>) feature.get("properties");
            assertEquals(place.get("nameEn"), properties.get("name_en"));
            assertEquals(place.get("nameRu"), properties.get("name_ru"));
            assertEquals(place.get("nameZh"), properties.get("name_zh"));
            assertEquals(place.get("outline"), properties.get("outline"), "the areas the map shades for a region");
        }
        assertEquals(List.of("RU-AMU"), ((Map<?, ?>) bySlug.get("amur-oblast").get("properties")).get("outline"));
        Map<?, ?> heihe = (Map<?, ?>) bySlug.get("heihe").get("properties");
        assertEquals("Хэйхэ", heihe.get("name_ru"));
        assertEquals("黑河", heihe.get("name_zh"));
    }

    @Test
    void everyProjectRunsThroughItsPlacesInRouteOrder() {
        JsonPath geo = given().when().get("/data/projects.geojson").then().statusCode(200)
                .contentType("application/geo+json").extract().jsonPath();
        JsonPath api = graphql("{ projects(limit: 100) { totalCount items { slug places { slug latitude longitude } } } }");
        List<Map<String, Object>> projects = api.getList("data.projects.items");
        assertEquals(api.getInt("data.projects.totalCount"), projects.size());
        Map<String, Map<String, Object>> bySlug = new HashMap<>();
        geo.<Map<String, Object>>getList("features").forEach(f -> bySlug.put((String) f.get("id"), f));
        assertEquals(projects.size(), bySlug.size());
        int lines = 0;
        for (Map<String, Object> project : projects) {
            List<Map<String, Object>> route = (List<Map<String, Object>>) project.get("places");
            Map<?, ?> geometry = (Map<?, ?>) bySlug.get(project.get("slug")).get("geometry");
            if (route.isEmpty()) {
                assertEquals(null, geometry, project.get("slug") + " has no place, so no geometry");
                continue;
            }
            List<?> coordinates = (List<?>) geometry.get("coordinates");
            if (route.size() == 1) {
                assertEquals("Point", geometry.get("type"));
                coordinates = List.of(coordinates);
            } else {
                assertEquals("LineString", geometry.get("type"), project.get("slug").toString());
                lines++;
            }
            assertEquals(route.size(), coordinates.size());
            for (int i = 0; i < route.size(); i++) {
                List<?> position = (List<?>) coordinates.get(i);
                assertEquals(((Number) route.get(i).get("longitude")).doubleValue(),
                        ((Number) position.get(0)).doubleValue(), 1e-9, project.get("slug") + " stop " + i);
                assertEquals(((Number) route.get(i).get("latitude")).doubleValue(),
                        ((Number) position.get(1)).doubleValue(), 1e-9, project.get("slug") + " stop " + i);
            }
        }
        assertTrue(lines > 5, "routes drawn as lines: " + lines);
        Map<?, ?> bridge = (Map<?, ?>) bySlug.get("heihe-blagoveshchensk-highway-bridge").get("properties");
        assertEquals("BRIDGE", bridge.get("kind"));
        assertEquals(List.of("blagoveshchensk", "heihe", "amur-river"), bridge.get("places"), "route order");
    }

    private static JsonPath graphql(String query) {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON).body(Map.of("query", query))
                .when().post("/graphql").then().statusCode(200).extract().jsonPath();
    }
}
