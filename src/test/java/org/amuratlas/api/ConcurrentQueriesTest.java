package org.amuratlas.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.amuratlas.ops.PrometheusMetrics;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Many clients at once, each asking for projects with several nested lists: the nested lists of one query are
 * resolved side by side, so this is where a database session shared between threads would leak connections
 * (the pool runs dry and later queries fail after the acquisition timeout).
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.MethodName.class)
class ConcurrentQueriesTest {

    private static final int CLIENTS = 16;
    private static final int QUERIES_PER_CLIENT = 10;
    private static final String QUERY = """
            {"query":"{ projects(limit: 20) { totalCount items { slug places { slug } themes { slug } \
            events { slug } citations { locator source { slug } } } } } # %d"}""";
    private static final AtomicInteger REQUESTS = new AtomicInteger();

    /** The query, each time with another comment, so that the GraphQL response cache cannot answer it. */
    private static String query() {
        return QUERY.formatted(REQUESTS.incrementAndGet());
    }

    @Test
    void concurrentQueriesAllAnswerAndGiveEveryConnectionBack() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        URI graphql = URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/graphql");
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int client = 0; client < CLIENTS; client++) {
                results.add(clients.submit(() -> {
                    List<String> failures = new ArrayList<>();
                    for (int i = 0; i < QUERIES_PER_CLIENT; i++) {
                        HttpResponse<String> response = http.send(HttpRequest.newBuilder(graphql)
                                .timeout(Duration.ofSeconds(30))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(query())).build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 200 || response.body().contains("\"errors\"")
                                || !response.body().contains("\"totalCount\":48")) {
                            failures.add(response.statusCode() + " " + response.body());
                        }
                    }
                    return failures;
                }));
            }
            List<String> failures = new ArrayList<>();
            for (Future<List<String>> result : results) {
                failures.addAll(result.get());
            }
            assertTrue(failures.isEmpty(), failures.size() + " failed answers, first: "
                    + failures.stream().findFirst().orElse(""));
        } finally {
            clients.shutdownNow();
        }
        assertEquals(0.0, activeConnections(), "connections still held once every query has answered");
    }

    @Test
    void clientsThatHangUpBeforeTheAnswerLeaveNoConnectionBehind() throws Exception {
        // Hang up at several moments, so that some queries are caught mid-way however warm the app already is.
        // The first round hangs up right after sending: every connection the server takes for it afterwards serves
        // a query whose client is already gone, which is the case this test is about. (Eight clients, one per worker
        // thread, so that reading the metrics afterwards does not queue behind a long line of queries.)
        double acquiredBefore = PrometheusMetrics.value("agroal_acquire_count_total");
        for (long wait : new long[] {0, 5, 10, 20, 50, 100}) {
            List<Socket> clients = new ArrayList<>();
            try {
                for (int client = 0; client < (wait == 0 ? 8 : 40); client++) {
                    Socket socket = new Socket(URI.create(RestAssured.baseURI).getHost(), RestAssured.port);
                    clients.add(socket);
                    OutputStream out = socket.getOutputStream();
                    byte[] body = query().getBytes(StandardCharsets.UTF_8);
                    out.write(("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                            + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(body);
                    out.flush();
                }
                Thread.sleep(wait);
            } finally {
                for (Socket socket : clients) {
                    socket.close(); // without reading the answer
                }
            }
            if (wait == 0) {
                waitUntilThePoolIsIdle();
                assertTrue(PrometheusMetrics.value("agroal_acquire_count_total") > acquiredBefore,
                        "no query was run for the clients that hung up at once: the test would prove nothing");
            }
        }
        // Queries already under way still finish; then the pool must stay empty.
        assertEquals(0.0, waitUntilThePoolIsIdle(), "connections held by queries whose clients went away");
        given().contentType("application/json").body(QUERY).when().post("/graphql").then().statusCode(200)
                .body("data.projects.totalCount", equalTo(48));
    }

    /**
     * Waits until no connection has been in use for five readings in a row, and returns the last reading. Up to
     * three minutes: queued queries drain slowly on a loaded machine, while a leaked connection stays for ever.
     */
    private static double waitUntilThePoolIsIdle() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        double active = activeConnections();
        int idleReadings = 0;
        while (idleReadings < 5 && System.nanoTime() < deadline) {
            Thread.sleep(100);
            active = activeConnections();
            idleReadings = active == 0 ? idleReadings + 1 : 0;
        }
        return active;
    }

    private static double activeConnections() {
        return PrometheusMetrics.value("agroal_active_count");
    }
}
