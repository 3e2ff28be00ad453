package org.amuratlas.api.http;

import static io.restassured.RestAssured.given;
import static org.amuratlas.api.http.GraphQLHttpTest.GRAPHQL_RESPONSE;
import static org.amuratlas.api.http.GraphQLHttpTest.JSON;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.amuratlas.ops.PrometheusMetrics;
import org.junit.jupiter.api.Test;

/**
 * Queries are cacheable: GET answers carry an ETag from their bytes and Cache-Control for browsers and CDNs,
 * If-None-Match gives 304; repeated queries are answered from a bounded in-memory cache, keyed by document,
 * variables, operation and language.
 */
@QuarkusTest
class GraphQLCachingTest {

    private static Response get(String query, String acceptLanguage) {
        return given().header("Accept", JSON).header("Accept-Language", acceptLanguage).queryParam("query", query)
                .when().get("/graphql");
    }

    @Test
    void getAnswersCarryValidatorsAndCacheControl() {
        String query = "{ theme(slug: \"energy\") { slug title } } # " + UUID.randomUUID();
        Response first = get(query, "en");
        first.then().statusCode(200)
                .header("ETag", matchesPattern("\"[0-9a-f]{32}\""))
                .header("Cache-Control", equalTo("public, max-age=300, stale-while-revalidate=86400"))
                .header("Vary", containsString("Accept-Language"))
                .header("Vary", containsString("Accept"));
        String etag = first.header("ETag");
        // the same bytes give the same ETag, from the cache or not
        assertEquals(etag, get(query, "en").header("ETag"));
        given().header("Accept", JSON).header("If-None-Match", etag).queryParam("query", query).when().get("/graphql")
                .then().statusCode(304).body(emptyString()).header("ETag", etag);
        given().header("Accept", JSON).header("If-None-Match", "W/" + etag + ", \"other\"").queryParam("query", query)
                .when().get("/graphql").then().statusCode(304);
        given().header("Accept", JSON).header("If-None-Match", "\"stale\"").queryParam("query", query).when()
                .get("/graphql").then().statusCode(200).body("data.theme.slug", equalTo("energy"));
    }

    @Test
    void onlyAnswersThatWillNotChangeAreCacheable() {
        // a request error or a POST is not for shared caches
        given().header("Accept", GRAPHQL_RESPONSE).queryParam("query", "{ noSuchField }").when().get("/graphql")
                .then().statusCode(400).header("Cache-Control", "no-store").header("ETag", nullValue());
        given().header("Content-Type", JSON).body(Map.of("query", "{ themes { slug } }")).when().post("/graphql")
                .then().statusCode(200).header("ETag", nullValue());
        // an unknown slug is a lasting answer too (the data never changes while the process runs)
        get("{ theme(slug: \"no-such-theme\") { slug } }", "en").then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("NOT_FOUND")).header("ETag", not(emptyString()));
    }

    @Test
    void aRepeatedQueryIsAnsweredFromTheCache() {
        String query = "query Catalogue($limit: Int) { projects(limit: $limit) { totalCount items { slug name } } } # "
                + UUID.randomUUID();
        Map<String, Object> body = Map.of("query", query, "variables", Map.of("limit", 30));
        double hits = PrometheusMetrics.value("atlas_graphql_cache_hits_total");
        double misses = PrometheusMetrics.value("atlas_graphql_cache_misses_total");
        String first = post(body);
        String second = post(body);
        String third = post(body);
        String fourth = post(body);
        assertEquals(first, second);
        assertEquals(first, third);
        assertEquals(first, fourth);
        assertEquals(misses + 2, PrometheusMetrics.value("atlas_graphql_cache_misses_total"),
                "executed twice: kept when it came the second time");
        assertEquals(hits + 2, PrometheusMetrics.value("atlas_graphql_cache_hits_total"), "then answered from the cache");
        // other variables are another answer
        assertNotEquals(first, post(Map.of("query", query, "variables", Map.of("limit", 31))));
        assertEquals(misses + 3, PrometheusMetrics.value("atlas_graphql_cache_misses_total"));
    }

    @Test
    void oneOffDocumentsAreNotKept() {
        double answers = PrometheusMetrics.value("atlas_graphql_cache_answers");
        double bytes = PrometheusMetrics.value("atlas_graphql_cache_bytes");
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 20; i++) {
            post(Map.of("query", "{ once" + i + ": themes { slug } } # " + run));
        }
        assertEquals(answers, PrometheusMetrics.value("atlas_graphql_cache_answers"), "no one-off answer kept");
        assertEquals(bytes, PrometheusMetrics.value("atlas_graphql_cache_bytes"));
    }

    @Test
    void theLanguageIsPartOfTheKey() {
        String query = "{ themes { slug } } # " + UUID.randomUUID();
        double misses = PrometheusMetrics.value("atlas_graphql_cache_misses_total");
        double hits = PrometheusMetrics.value("atlas_graphql_cache_hits_total");
        get(query, "ru").then().statusCode(200).header("Content-Language", "ru");
        get(query, "ru").then().statusCode(200).header("Content-Language", "ru"); // met twice: kept
        // the same language once settled: the kept answer, still saying its language
        get(query, "ru-RU,ru;q=0.9").then().statusCode(200).header("Content-Language", "ru")
                .body("extensions.language", equalTo("ru"));
        assertEquals(hits + 1, PrometheusMetrics.value("atlas_graphql_cache_hits_total"), "ru-RU is ru");
        get(query, "zh-CN").then().statusCode(200);
        get(query, "fr").then().statusCode(200); // English, the fallback
        get(query, "en").then().statusCode(200);
        assertEquals(misses + 5, PrometheusMetrics.value("atlas_graphql_cache_misses_total"),
                "ru twice, zh, en twice: each language its own answer");
        assertEquals(hits + 1, PrometheusMetrics.value("atlas_graphql_cache_hits_total"));
    }

    @Test
    void theCacheIsBoundedByBytes() {
        double bound = PrometheusMetrics.value("atlas_graphql_cache_max_bytes");
        // answers of about 44 KB each (the whole catalogue), more of them than the bound holds, each asked twice
        int answers = (int) (bound / 40_000) + 5;
        for (int i = 0; i < answers; i++) {
            for (int time = 0; time < 2; time++) {
                given().header("Content-Type", JSON).body(Map.of("query", catalogue(i))).when().post("/graphql")
                        .then().statusCode(200).body("data.p" + i + ".items.size()", greaterThan(40));
            }
        }
        double kept = PrometheusMetrics.value("atlas_graphql_cache_bytes");
        assertTrue(kept <= bound, kept + " bytes kept, bound " + bound);
        assertTrue(kept > bound / 2, "the cache was filled: " + kept + " bytes kept, bound " + bound);
        // the most recent answers are still there
        double hits = PrometheusMetrics.value("atlas_graphql_cache_hits_total");
        int latest = answers - 1;
        given().header("Content-Type", JSON).body(Map.of("query", catalogue(latest))).when().post("/graphql").then()
                .statusCode(200);
        assertEquals(hits + 1, PrometheusMetrics.value("atlas_graphql_cache_hits_total"));
    }

    private static String catalogue(int alias) {
        return "{ p" + alias + ": projects(limit: 100) { totalCount items { slug name status summary"
                + " places { slug nameEn nameRu nameZh } themes { slug } citations { locator source { slug } }"
                + " events { slug date } } } }";
    }

    private static String post(Map<String, Object> body) {
        return given().header("Content-Type", JSON).header("Accept", JSON).body(body).when().post("/graphql").then()
                .statusCode(200).body("errors", nullValue()).extract().asString();
    }
}
