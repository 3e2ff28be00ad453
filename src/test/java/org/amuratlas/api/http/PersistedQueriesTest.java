package org.amuratlas.api.http;

import static io.restassured.RestAssured.given;
import static org.amuratlas.api.http.GraphQLHttpTest.GRAPHQL_RESPONSE;
import static org.amuratlas.api.http.GraphQLHttpTest.JSON;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.amuratlas.ops.PrometheusMetrics;
import org.junit.jupiter.api.Test;

/**
 * Automatic Persisted Queries as Apollo Client and urql speak them: an unknown hash gets PersistedQueryNotFound, a
 * POST with document and hash registers it, then a GET with the hash alone runs it and can be cached; a hash that
 * is not its document's is refused, and the store is bounded.
 */
@QuarkusTest
class PersistedQueriesTest {

    static String sha256(String document) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(document.getBytes(StandardCharsets.UTF_8)));
    }

    static String extensions(String hash) {
        return "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}";
    }

    private static ValidatableResponse getByHash(String accept, String hash, String variables) {
        var request = given().header("Accept", accept).queryParam("extensions", extensions(hash));
        if (variables != null) {
            request.queryParam("variables", variables);
        }
        return request.when().get("/graphql").then();
    }

    private static ValidatableResponse post(String body) {
        return given().header("Content-Type", JSON).header("Accept", JSON).body(body).when().post("/graphql").then();
    }

    /** A document no other test sends, so that it starts unregistered. */
    private static String freshDocument() {
        return "query Theme($slug: String!) { theme(slug: $slug) { slug title } } # " + UUID.randomUUID();
    }

    @Test
    void theWholeRoundTrip() throws Exception {
        String document = freshDocument();
        String hash = sha256(document);
        String variables = "{\"slug\":\"energy\"}";

        // 1. the client tries the hash alone: unknown
        getByHash(JSON, hash, variables).statusCode(200).body("$", not(hasKey("data")))
                .body("errors[0].message", equalTo("PersistedQueryNotFound"))
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
        getByHash(GRAPHQL_RESPONSE, hash, variables).statusCode(404)
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));

        // 2. it sends document and hash with POST: executed and registered
        post("{\"query\":" + quoted(document) + ",\"variables\":" + variables + ",\"extensions\":"
                + extensions(hash) + "}").statusCode(200).body("data.theme.slug", equalTo("energy"));

        // 3. from now on the hash alone is enough, over GET, with other variables too, and the answer is cacheable
        String etag = getByHash(JSON, hash, variables).statusCode(200).body("data.theme.slug", equalTo("energy"))
                .body("extensions.cost.complexity", equalTo(3))
                .header("Cache-Control", containsString("public")).header("ETag", notNullValue())
                .extract().header("ETag");
        getByHash(GRAPHQL_RESPONSE, hash, "{\"slug\":\"history\"}").statusCode(200)
                .contentType(startsWith(GRAPHQL_RESPONSE)).body("data.theme.slug", equalTo("history"));
        given().header("If-None-Match", etag).queryParam("extensions", extensions(hash))
                .queryParam("variables", variables).when().get("/graphql").then().statusCode(304);
    }

    @Test
    void aHashThatIsNotTheDocumentsIsRefusedAndNothingIsRegistered() throws Exception {
        String document = freshDocument();
        String wrongHash = sha256(document + " ");
        post("{\"query\":" + quoted(document) + ",\"variables\":{\"slug\":\"energy\"},\"extensions\":"
                + extensions(wrongHash) + "}").statusCode(400).body("$", not(hasKey("data")))
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_HASH_MISMATCH"));
        getByHash(JSON, wrongHash, "{\"slug\":\"energy\"}").statusCode(200)
                .body("errors[0].message", equalTo("PersistedQueryNotFound"));
    }

    @Test
    void documentsThatDoNotValidateAreNotRegistered() throws Exception {
        String invalid = "{ noSuchField } # " + UUID.randomUUID();
        String hash = sha256(invalid);
        post("{\"query\":" + quoted(invalid) + ",\"extensions\":" + extensions(hash) + "}").statusCode(200)
                .body("errors[0].extensions.validationErrorType", equalTo("FieldUndefined"));
        getByHash(JSON, hash, null).statusCode(200).body("errors[0].message", equalTo("PersistedQueryNotFound"));
    }

    @Test
    void malformedPersistedQueryExtensionsAre400() {
        for (String extensions : new String[] {
                "{\"persistedQuery\":{\"version\":2,\"sha256Hash\":\"" + "a".repeat(64) + "\"}}",
                "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"not-a-hash\"}}",
                "{\"persistedQuery\":\"x\"}"}) {
            given().queryParam("extensions", extensions).when().get("/graphql").then().statusCode(400)
                    .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        }
    }

    @Test
    void theStoreIsBoundedAndKeepsTheRecentlyUsedDocuments() throws Exception {
        // documents of 8,000 characters, one more than the store holds (8,192 characters in tests, 1 MB packaged)
        long bound = (long) PrometheusMetrics.value("atlas_graphql_persisted_queries_max_chars");
        long documents = bound / 8_000 + 2;
        String first = null;
        String last = null;
        for (int i = 0; i < documents; i++) {
            String document = "{ themes { slug } } # " + i + " " + UUID.randomUUID() + " " + "x".repeat(7_900);
            post("{\"query\":" + quoted(document) + ",\"extensions\":" + extensions(sha256(document)) + "}")
                    .statusCode(200).body("data.themes.size()", greaterThan(7));
            first = first == null ? document : first;
            last = document;
        }
        getByHash(JSON, sha256(first), null).statusCode(200).body("errors[0].message", equalTo("PersistedQueryNotFound"));
        getByHash(JSON, sha256(last), null).statusCode(200).body("errors", nullValue())
                .body("data.themes.size()", greaterThan(7));
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
