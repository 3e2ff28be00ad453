package org.amuratlas.opendata;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every source, and the atlas itself, in BibTeX, RIS and CSL-JSON, parsed back and compared with the API. */
@QuarkusTest
class CitationFilesTest {

    @Test
    void everySourceInTheThreeFormats() {
        List<Map<String, Object>> sources = given().contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("query", "{ sources { slug title authors outlet doi publishedYear } }"))
                .when().post("/graphql").then().statusCode(200).extract().jsonPath().getList("data.sources");
        assertEquals(5, sources.size());
        for (Map<String, Object> source : sources) {
            String slug = (String) source.get("slug");
            String bib = given().when().get("/sources/" + slug + ".bib").then().statusCode(200)
                    .contentType("application/x-bibtex").header("Content-Disposition", containsString(slug + ".bib"))
                    .extract().asString();
            BibTexReader.Entry entry = BibTexReader.parse(bib);
            assertEquals(slug, entry.key());
            assertEquals(source.get("title"), BibTexReader.unescape(entry.fields().get("title")), slug);
            assertEquals(String.valueOf(source.get("publishedYear")), entry.fields().get("year"));
            if (source.get("doi") != null) {
                assertEquals(source.get("doi"), entry.fields().get("doi"));
                assertEquals("article", entry.type());
            }

            Map<String, List<String>> ris = ris(given().when().get("/sources/" + slug + ".ris").then().statusCode(200)
                    .contentType("application/x-research-info-systems").extract().asString());
            assertEquals(List.of(source.get("title")), ris.get("TI"), slug);
            assertEquals(List.of(""), ris.get("ER"));
            if (source.get("authors") != null) {
                assertEquals(List.of(source.get("authors")), ris.get("AU"));
            }

            JsonArray csl = Json.createReader(new StringReader(given().when().get("/sources/" + slug + ".csl.json")
                    .then().statusCode(200).contentType("application/vnd.citationstyles.csl+json").extract()
                    .asString())).readArray();
            JsonObject item = csl.getJsonObject(0);
            assertEquals(slug, item.getString("id"));
            assertEquals(source.get("title"), item.getString("title"));
            assertEquals((int) source.get("publishedYear"),
                    item.getJsonObject("issued").getJsonArray("date-parts").getJsonArray(0).getInt(0));
        }
        BibTexReader.Entry song = BibTexReader.parse(given().get("/sources/song-2019-heilongjiang-russia.bib").asString());
        assertEquals("Song, L.", song.fields().get("author"));
        assertEquals("R-economy", song.fields().get("journal"));
        assertEquals("5", song.fields().get("volume"));
        assertEquals("13--18", song.fields().get("pages"));
    }

    @Test
    void theAtlasAsADatasetWithItsVersion() {
        BibTexReader.Entry bib = BibTexReader.parse(given().when().get("/about/cite.bib").then().statusCode(200)
                .extract().asString());
        assertEquals("2026-11-30", bib.fields().get("version"));
        assertEquals("2026-11-30", bib.fields().get("urldate"), "accessed: the day this version was released");
        assertEquals("Amur–Heilongjiang Cooperation Atlas", BibTexReader.unescape(bib.fields().get("title")));
        Map<String, List<String>> ris = ris(given().when().get("/about/cite.ris").then().statusCode(200).extract().asString());
        assertEquals(List.of("DATA"), ris.get("TY"));
        assertEquals(List.of("2026-11-30"), ris.get("ET"));
        assertEquals(List.of("2026/11/30/"), ris.get("Y2"));
        JsonObject csl = Json.createReader(new StringReader(given().when().get("/about/cite.csl.json").then()
                .statusCode(200).extract().asString())).readArray().getJsonObject(0);
        assertEquals("dataset", csl.getString("type"));
        assertEquals("2026-11-30", csl.getString("version"));
        assertEquals(List.of(2026, 11, 30), csl.getJsonObject("accessed").getJsonArray("date-parts").getJsonArray(0)
                .getValuesAs(jakarta.json.JsonNumber.class).stream().map(jakarta.json.JsonNumber::intValue).toList());
        assertTrue(csl.getString("URL").startsWith("http"));
    }

    @Test
    void anUnknownSourceIsNotFound() {
        given().when().get("/sources/no-such-source.bib").then().statusCode(404);
        given().when().get("/sources/no-such-source.ris").then().statusCode(404);
        given().when().get("/sources/no-such-source.csl.json").then().statusCode(404);
    }

    @Test
    void sourcesPageAndRecordPagesOfferCitations() {
        given().when().get("/sources").then().statusCode(200)
                .body(containsString("href=\"/sources/song-2019-heilongjiang-russia.bib\""))
                .body(containsString("href=\"/sources/song-2019-heilongjiang-russia.csl.json\""));
        given().when().get("/projects/power-of-siberia").then().statusCode(200)
                .body(containsString("Cite this record"))
                .body(containsString("In: Amur–Heilongjiang Cooperation Atlas, dataset version 2026-11-30. "
                        + "http://localhost:8080/projects/power-of-siberia"));
        given().when().get("/ru/places/heihe").then().statusCode(200)
                .body(containsString("версия данных 2026-11-30. http://localhost:8080/places/heihe"));
        given().when().get("/zh/themes/energy").then().statusCode(200)
                .body(containsString("数据集版本 2026-11-30。http://localhost:8080/themes/energy"));
        given().when().get("/data/heilongjiang-russia-trade").then().statusCode(200)
                .body(containsString("dataset version 2026-11-30. http://localhost:8080/data/heilongjiang-russia-trade"));
    }

    /** RIS as tag → values, checking every line's form. */
    private static Map<String, List<String>> ris(String text) {
        Map<String, List<String>> tags = new LinkedHashMap<>();
        for (String line : text.split("\r\n")) {
            assertTrue(line.matches("[A-Z][A-Z0-9]  - .*"), "RIS line: " + line);
            tags.computeIfAbsent(line.substring(0, 2), t -> new java.util.ArrayList<>()).add(line.substring(6));
        }
        return tags;
    }
}
