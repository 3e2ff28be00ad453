package org.amuratlas.opendata;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Loads /data/atlas.zip back as a reuser would: every CSV parses and matches its Table Schema, primary keys are
 * unique, every foreign key resolves, and the record tables hold as many rows as the GraphQL API counts.
 */
@QuarkusTest
class DataPackageTest {

    private static Map<String, byte[]> files;
    private static JsonObject descriptor;
    private static Map<String, List<List<String>>> tables;

    /** Once for the class (the package is the same file every time), after Quarkus has set RestAssured's port. */
    @BeforeEach
    void download() throws Exception {
        if (files != null) {
            return;
        }
        Response response = given().when().get("/data/atlas.zip");
        response.then().statusCode(200).contentType("application/zip");
        files = unzip(response.asByteArray());
        descriptor = Json.createReader(new StringReader(text("datapackage.json"))).readObject();
        tables = new LinkedHashMap<>();
        for (JsonValue resource : descriptor.getJsonArray("resources")) {
            JsonObject r = resource.asJsonObject();
            tables.put(r.getString("name"), CsvReader.parse(text(r.getString("path"))));
        }
    }

    @Test
    void holdsTheDescriptorReadmeLicenceAndOneCsvPerTable() {
        assertTrue(files.keySet().containsAll(List.of("datapackage.json", "README.md", "LICENSE")), files.keySet().toString());
        assertEquals(files.size() - 3, tables.size(), "a resource for every CSV file: " + files.keySet());
        assertTrue(tables.keySet().containsAll(List.of("theme", "source", "place", "actor", "project", "event",
                "perspective", "challenge", "recommendation", "key_figure", "series", "series_measure",
                "series_observation", "project_place", "project_theme", "event_actor", "project_citation",
                "event_citation", "series_citation", "translation")), tables.keySet().toString());
        assertEquals("amur-heilongjiang-cooperation-atlas", descriptor.getString("name"));
        assertEquals("2026-11-30", descriptor.getString("version"), "the dataset version (atlas.dataset.version)");
        assertEquals("2026-11-30T00:00:00Z", descriptor.getString("created"));
        assertEquals("CC-BY-4.0", descriptor.getJsonArray("licenses").getJsonObject(0).getString("name"));
        assertEquals(5, descriptor.getJsonArray("sources").size());
        assertTrue(text("README.md").contains("## How to cite") && text("README.md").contains("## Unit notes")
                && text("README.md").contains("## Caveats") && text("README.md").contains("CC BY 4.0"));
        assertTrue(text("LICENSE").contains("https://creativecommons.org/licenses/by/4.0/legalcode"));
        for (String name : List.of("README.md", "LICENSE", "datapackage.json", "data/source.csv")) {
            assertFalse(text(name).toLowerCase().contains("seed"), name + " names the curators' working files");
        }
    }

    @Test
    void everyCsvMatchesItsSchemaAndFileFacts() throws Exception {
        for (JsonValue value : descriptor.getJsonArray("resources")) {
            JsonObject resource = value.asJsonObject();
            String name = resource.getString("name");
            byte[] bytes = files.get(resource.getString("path"));
            assertEquals(resource.getJsonNumber("bytes").longValue(), bytes.length, name);
            assertEquals("sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)),
                    resource.getString("hash"), name);
            List<JsonObject> fields = resource.getJsonObject("schema").getJsonArray("fields").getValuesAs(JsonObject.class);
            List<List<String>> rows = tables.get(name);
            assertEquals(fields.stream().map(f -> f.getString("name")).toList(), rows.get(0), name + " header");
            assertTrue(rows.size() > 1, name + " has rows");
            for (List<String> row : rows.subList(1, rows.size())) {
                assertEquals(fields.size(), row.size(), name + " row " + row);
                for (int i = 0; i < fields.size(); i++) {
                    checkCell(name, fields.get(i), row.get(i));
                }
            }
        }
    }

    private static void checkCell(String table, JsonObject field, String cell) {
        String where = table + "." + field.getString("name") + " = " + cell;
        boolean required = field.containsKey("constraints")
                && field.getJsonObject("constraints").getBoolean("required", false);
        if (cell == null) {
            assertFalse(required, where + ": a required field is empty");
            return;
        }
        switch (field.getString("type")) {
            case "integer" -> Long.parseLong(cell);
            case "number" -> new java.math.BigDecimal(cell);
            case "boolean" -> assertTrue(cell.equals("true") || cell.equals("false"), where);
            case "date" -> java.time.LocalDate.parse(cell);
            default -> assertEquals("string", field.getString("type"), where);
        }
    }

    @Test
    void primaryKeysAreUniqueAndEveryForeignKeyResolves() {
        Map<String, Set<List<String>>> keys = new HashMap<>();
        for (JsonValue value : descriptor.getJsonArray("resources")) {
            JsonObject resource = value.asJsonObject();
            String name = resource.getString("name");
            List<String> primaryKey = strings(resource.getJsonObject("schema").getJsonArray("primaryKey"));
            Set<List<String>> seen = new HashSet<>();
            for (List<String> row : rows(name)) {
                List<String> key = cells(name, row, primaryKey);
                assertTrue(seen.add(key), name + ": primary key " + key + " twice");
            }
            keys.put(name, seen);
        }
        int checked = 0;
        for (JsonValue value : descriptor.getJsonArray("resources")) {
            JsonObject resource = value.asJsonObject();
            String name = resource.getString("name");
            JsonObject schema = resource.getJsonObject("schema");
            if (!schema.containsKey("foreignKeys")) {
                continue;
            }
            for (JsonObject foreignKey : schema.getJsonArray("foreignKeys").getValuesAs(JsonObject.class)) {
                List<String> fields = strings(foreignKey.getJsonArray("fields"));
                String target = foreignKey.getJsonObject("reference").getString("resource");
                List<String> targetFields = strings(foreignKey.getJsonObject("reference").getJsonArray("fields"));
                JsonObject targetResource = resource(target);
                assertEquals(targetFields, strings(targetResource.getJsonObject("schema").getJsonArray("primaryKey")),
                        name + " refers to the primary key of " + target);
                for (List<String> row : rows(name)) {
                    List<String> reference = cells(name, row, fields);
                    if (reference.stream().allMatch(java.util.Objects::isNull)) {
                        continue; // an optional reference left empty
                    }
                    assertTrue(keys.get(target).contains(reference), name + " " + fields + " = " + reference
                            + " names no row of " + target);
                    checked++;
                }
            }
        }
        assertTrue(checked > 1000, "foreign keys checked: " + checked);
    }

    @Test
    void recordTablesHoldWhatTheApiCounts() {
        JsonPath api = given().contentType(ContentType.JSON).accept(ContentType.JSON).body(Map.of("query", """
                { themes { slug } sources { slug } allSeries { slug measures { code } observations { value } }
                  projects(limit: 1) { totalCount } places(limit: 1) { totalCount } events(limit: 1) { totalCount }
                  actors(limit: 1) { totalCount } keyFigures(featured: false, limit: 1) { totalCount }
                  challenges(limit: 1) { totalCount } recommendations(limit: 1) { totalCount }
                  perspectives(limit: 1) { totalCount } }"""))
                .when().post("/graphql").then().statusCode(200).body("errors", equalTo(null)).extract().jsonPath();
        assertEquals(api.getList("data.themes").size(), rows("theme").size());
        assertEquals(api.getList("data.sources").size(), rows("source").size());
        assertEquals(api.getList("data.allSeries").size(), rows("series").size());
        assertEquals(api.getList("data.allSeries.measures.flatten()").size(), rows("series_measure").size());
        assertEquals(api.getList("data.allSeries.observations.flatten()").size(), rows("series_observation").size());
        Map<String, String> counted = Map.of("projects", "project", "places", "place", "events", "event",
                "actors", "actor", "keyFigures", "key_figure", "challenges", "challenge",
                "recommendations", "recommendation", "perspectives", "perspective");
        counted.forEach((query, table) -> assertEquals(api.getInt("data." + query + ".totalCount"),
                rows(table).size(), table));
    }

    @Test
    void projectRoutesAndCitationsAreTheApisToo() {
        JsonPath api = given().contentType(ContentType.JSON).accept(ContentType.JSON).body(Map.of("query",
                "{ projects(limit: 100) { hasNext items { slug places { slug } citations { locator source { slug } } } } }"))
                .when().post("/graphql").then().statusCode(200).extract().jsonPath();
        assertFalse(api.getBoolean("data.projects.hasNext"));
        List<List<String>> route = new ArrayList<>();
        List<List<String>> citations = new ArrayList<>();
        for (Map<String, Object> project : api.<Map<String, Object>>getList("data.projects.items")) {
            String slug = (String) project.get("slug");
            int seq = 0;
            for (Object place : (List<?>) project.get("places")) {
                route.add(List.of(slug, Integer.toString(seq++), (String) ((Map<?, ?>) place).get("slug")));
            }
            for (Object c : (List<?>) project.get("citations")) {
                Map<?, ?> citation = (Map<?, ?>) c;
                citations.add(List.of(slug, (String) ((Map<?, ?>) citation.get("source")).get("slug"),
                        (String) citation.get("locator")));
            }
        }
        assertEquals(new HashSet<>(citations), new HashSet<>(rows("project_citation")));
        assertEquals(citations.size(), rows("project_citation").size());
        // the package keeps the curated seq; the API lists the places in that order
        List<List<String>> packageRoute = new ArrayList<>();
        String previous = null;
        int index = 0;
        for (List<String> row : rows("project_place")) {
            index = row.get(0).equals(previous) ? index + 1 : 0;
            previous = row.get(0);
            packageRoute.add(List.of(row.get(0), Integer.toString(index), row.get(2)));
        }
        assertEquals(new HashSet<>(route), new HashSet<>(packageRoute));
    }

    @Test
    void isTheSameFileEveryTimeAndRevalidates() {
        Response first = given().when().get("/data/atlas.zip");
        String etag = first.header("ETag");
        assertNotNull(etag);
        assertEquals("attachment; filename=\"amur-heilongjiang-atlas.zip\"", first.header("Content-Disposition"));
        assertEquals("Mon, 30 Nov 2026 00:00:00 GMT", first.header("Last-Modified"));
        given().header("If-None-Match", etag).when().get("/data/atlas.zip").then().statusCode(304);
        given().when().get("/ru/data/atlas.zip").then().statusCode(200).header("ETag", etag);
    }

    private static List<List<String>> rows(String table) {
        List<List<String>> all = tables.get(table);
        assertNotNull(all, "table " + table);
        return all.subList(1, all.size());
    }

    private static JsonObject resource(String name) {
        return descriptor.getJsonArray("resources").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("name").equals(name)).findFirst().orElseThrow(() -> new AssertionError(name));
    }

    private static List<String> cells(String table, List<String> row, List<String> fields) {
        List<String> header = tables.get(table).get(0);
        List<String> cells = new ArrayList<>();
        for (String field : fields) {
            int column = header.indexOf(field);
            assertTrue(column >= 0, table + " has no field " + field);
            cells.add(row.get(column));
        }
        return cells;
    }

    private static List<String> strings(jakarta.json.JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static String text(String name) {
        byte[] bytes = files.get(name);
        assertNotNull(bytes, name + " in the package");
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
