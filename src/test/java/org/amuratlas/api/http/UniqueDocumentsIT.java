package org.amuratlas.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Unique documents cannot fill the heap. Every parsed document is kept for reuse (by the API's checker and in
 * SmallRye's query cache, 2,048 documents unless bounded), and a document of nearly 5,000 tokens, the parser's
 * limit, takes some 200 KB parsed. Here 200 such documents, each different, are sent to the packaged application in
 * the container's 64 MB heap (quarkus.test.arg-line): unbounded, they would need about 40 MB on top of the app's own
 * data (with SmallRye's 2,048 the app ran out of memory at the 132nd); bounded (ops.AtlasMain keeps 32 in
 * SmallRye's cache), every one is answered and the app stays ready.
 * Only as an integration test: the bound is set by the packaged app's main class, and @QuarkusTest runs in a JVM
 * without the 64 MB limit.
 */
@QuarkusIntegrationTest
class UniqueDocumentsIT {

    private static final int DOCUMENTS = 200;
    private static final int OPERATIONS = 999; // 4,995 tokens: just under the parser's limit

    @Test
    void manyLargeUniqueDocumentsAreAllAnsweredInA64MegabyteHeap() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        URI base = URI.create(RestAssured.baseURI + ":" + RestAssured.port);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < DOCUMENTS && failures.size() < 5; i++) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("/graphql"))
                    .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"operationName\":\"D" + i + "_0\",\"query\":\"" + document(i) + "\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200 || !response.body().startsWith("{\"data\":{\"__typename\":\"Query\"}")) {
                failures.add(i + ": " + response.statusCode() + " " + response.body().substring(0,
                        Math.min(200, response.body().length())));
            }
        }
        assertTrue(failures.isEmpty(), "unanswered unique documents: " + failures);
        HttpResponse<String> ready = http.send(HttpRequest.newBuilder(base.resolve("/q/health/ready"))
                .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ready.statusCode(), ready.body());
    }

    /** 999 operations named D{i}_{n}, each {@code { __typename }}: long and different, but nothing to compute. */
    private static String document(int i) {
        StringBuilder document = new StringBuilder();
        for (int n = 0; n < OPERATIONS; n++) {
            document.append("query D").append(i).append('_').append(n).append(" { __typename } ");
        }
        return document.toString();
    }
}
