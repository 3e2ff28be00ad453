package org.amuratlas.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.Headers;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperationsTest {

    @Test
    void livenessAndReadinessIncludeTheDataset() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("dataset"));
    }

    @Test
    void prometheusMetricsAreExposed() {
        given().when().get("/q/health").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200)
                .contentType(matchesPattern("(text/plain|application/openmetrics-text).*"))
                .body(containsString("http_server_requests_seconds"));
    }

    @Test
    void pagesCarrySecurityHeadersWhetherRenderedOrKept() {
        for (int request = 1; request <= 2; request++) { // the second answer comes from the page cache
            given().when().get("/themes/agriculture").then().statusCode(200)
                    .header("Content-Security-Policy", containsString("script-src 'self'"))
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("X-Content-Type-Options", equalTo("nosniff"))
                    .header("Referrer-Policy", equalTo("strict-origin-when-cross-origin"))
                    .body(containsString("<h1>Agriculture and food</h1>"));
            given().when().get("/data/border-bridge-cargo.csv").then().statusCode(200)
                    .header("Content-Disposition", containsString("border-bridge-cargo.csv"))
                    .contentType(containsString("text/csv"));
        }
    }

    @Test
    void aKeptPageCarriesTheSameHeadersAsTheRenderedOne() {
        // a query nobody else asks makes sure the first answer is rendered here and the second one is kept
        String path = "/projects?lang=ru&q=" + java.util.UUID.randomUUID();
        Headers rendered = given().when().get(path).then().statusCode(200).extract().headers();
        Headers kept = given().when().get(path).then().statusCode(200).extract().headers();
        for (String name : new String[] {"Vary", "ETag", "Last-Modified", "Cache-Control", "Content-Type",
                "Content-Language"}) {
            assertEquals(rendered.getValues(name), kept.getValues(name), name);
        }
        assertEquals(java.util.List.of("Accept", "Accept-Language"), kept.getValues("Vary"));
    }

    @Test
    void pagesAndDownloadsRevalidateWithETags() {
        for (String path : new String[] {"/themes/energy", "/data/heilongjiang-russia-trade.csv"}) {
            String etag = given().when().get(path).then().statusCode(200)
                    .header("ETag", startsWith("\""))
                    .header("Last-Modified", notNullValue())
                    .header("Cache-Control", containsString("max-age="))
                    .extract().header("ETag");
            given().header("If-None-Match", etag).when().get(path).then().statusCode(304);
            given().header("If-None-Match", "\"something-else\"").when().get(path).then().statusCode(200)
                    .header("ETag", equalTo(etag));
        }
    }

    @Test
    void pagesAndDownloadsMayBeServedStaleByACdn() {
        for (String path : new String[] {"/", "/data/heilongjiang-russia-trade.csv",
                "/data/heilongjiang-russia-trade.metadata.json"}) {
            given().when().get(path).then().statusCode(200)
                    .header("Cache-Control", containsString("public"))
                    .header("Cache-Control", matchesPattern(".*stale-while-revalidate=[1-9][0-9]*.*"))
                    .header("Cache-Control", matchesPattern(".*stale-if-error=[1-9][0-9]*.*"));
        }
    }

    @Test
    void lastModifiedIsTheDatasetReleaseNotTheStartTime() {
        LocalDate release = ConfigProvider.getConfig().getValue("atlas.dataset.version", LocalDate.class);
        // HTTP's fixed form: a two-digit day ("Mon, 30 Nov 2026 00:00:00 GMT")
        String expected = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", java.util.Locale.ENGLISH)
                .format(release.atStartOfDay(ZoneOffset.UTC));
        given().when().get("/places").then().statusCode(200).header("Last-Modified", equalTo(expected));
        given().header("If-Modified-Since", expected).when().get("/places").then().statusCode(304);
        String dayBefore = DateTimeFormatter.RFC_1123_DATE_TIME.format(release.minusDays(1).atStartOfDay(ZoneOffset.UTC));
        given().header("If-Modified-Since", dayBefore).when().get("/places").then().statusCode(200);
    }

    @Test
    void seriesMetadataAndTheGraphQLSchemaRevalidateWithETags() {
        for (String path : new String[] {"/data/heilongjiang-russia-trade.metadata.json", "/graphql/schema.graphql"}) {
            String body = given().when().get(path).then().statusCode(200).extract().asString();
            String etag = given().when().get(path).then().statusCode(200)
                    .header("ETag", startsWith("\""))
                    .header("Cache-Control", containsString("max-age="))
                    .body(equalTo(body))
                    .extract().header("ETag");
            given().header("If-None-Match", etag).when().get(path).then().statusCode(304).body(equalTo(""));
            given().header("If-None-Match", "W/" + etag + ", \"other\"").when().get(path).then().statusCode(304);
            given().header("If-None-Match", "\"something-else\"").when().get(path).then().statusCode(200)
                    .header("ETag", equalTo(etag)).body(equalTo(body));
        }
        given().when().get("/data/heilongjiang-russia-trade.metadata.json").then()
                .contentType(startsWith("application/json")).body("unitAsPrinted", equalTo("million US dollars"));
        given().when().get("/graphql/schema.graphql").then()
                .contentType(startsWith("text/plain")).body(containsString("type Query"));
    }

    @Test
    void pageCacheFillsUpToItsBoundAndNoFurther() {
        long bound = (long) PrometheusMetrics.value("atlas_page_cache_max_bytes");
        // fill with the largest page, so that the test reaches the bound in prod (12 MB) as in tests (2 MB)
        String largest = null;
        int size = 0;
        for (String path : new String[] {"/sources", "/timeline", "/places", "/projects"}) {
            int bytes = given().when().get(path).then().statusCode(200).extract().asByteArray().length;
            if (bytes > size) {
                largest = path;
                size = bytes;
            }
        }
        String run = Long.toString(System.nanoTime(), 36);
        int requests = 0;
        long kept = (long) PrometheusMetrics.value("atlas_page_cache_bytes");
        while (bound - kept >= size && requests < bound / size + 50) {
            given().when().get(largest + "?probe=" + run + "-" + requests++).then().statusCode(200)
                    .body(containsString("<h1>"));
            kept = (long) PrometheusMetrics.value("atlas_page_cache_bytes");
        }
        assertTrue(kept <= bound && bound - kept < size, "after " + requests + " pages of " + size + " bytes the cache "
                + "keeps " + kept + " bytes: it must be full (within one page of " + bound + ") and not above it");
        // a page that no longer fits is still served, rendered afresh, and not kept
        double pages = PrometheusMetrics.value("atlas_page_cache_pages");
        given().when().get(largest + "?probe=" + run + "-over").then().statusCode(200).header("ETag", startsWith("\""));
        assertTrue(PrometheusMetrics.value("atlas_page_cache_pages") == pages, "nothing more is kept once full");
        assertTrue(PrometheusMetrics.value("atlas_page_cache_bytes") <= bound);
    }

    @Test
    void clientsThatHangUpMidRequestAreCounted() throws Exception {
        double before = PrometheusMetrics.value("atlas_client_hangups_total");
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.getOutputStream().write(("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json"
                    + "\r\nContent-Length: 400\r\n\r\n{\"query\":\"{ proj").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            Thread.sleep(200); // the server has started reading the body
        }
        long deadline = System.currentTimeMillis() + 10_000;
        while (PrometheusMetrics.value("atlas_client_hangups_total") < before + 1) {
            assertTrue(System.currentTimeMillis() < deadline, "the hang-up was not counted");
            Thread.sleep(100);
        }
        given().when().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void graphiqlIsAvailable() {
        given().when().get("/graphql-ui/").then().statusCode(200).body(containsString("GraphiQL"));
    }
}
