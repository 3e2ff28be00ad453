package org.amuratlas.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two replicas of the same build behind a load balancer or a CDN must be interchangeable: the same bytes, the same
 * ETag and Last-Modified for every page, download and GET GraphQL answer, so that a cache filled from one can be
 * revalidated at the other. The packaged application the IT suite started is replica A; this test starts replica B
 * from the same artifact, crawls every page reachable from / in each language at both, and compares them.
 */
@QuarkusIntegrationTest
class ReplicasAnswerAlikeIT {

    /** Headers that may differ: the time of the answer, and how the connection is kept. */
    private static final Set<String> PER_ANSWER_HEADERS = Set.of("date", "connection", "keep-alive");
    private static final Path GRAPHQL_EXAMPLES = Path.of("src", "test", "graphql", "examples");

    private static SecondReplica replicaB;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void startSecondReplica() throws Exception {
        replicaB = SecondReplica.start();
    }

    @AfterAll
    static void stopSecondReplica() throws InterruptedException {
        if (replicaB != null) {
            replicaB.close();
        }
    }

    @Test
    void everyPageAnswersAlikeInEveryLanguage() {
        for (String language : List.of("en", "ru", "zh")) {
            List<String> differences = new ArrayList<>();
            Set<String> crawled = new SiteCrawler(language).crawl("/", url -> {
                CompletableFuture<HttpResponse<byte[]>> fromB = getAsync(replicaB.base(), url, Map.of());
                HttpResponse<byte[]> a = get(replicaA(), url, Map.of());
                HttpResponse<byte[]> b = fromB.join();
                compare(url, a, b, differences);
                revalidateAcross(url, a, differences);
                boolean html = a.statusCode() == 200
                        && a.headers().firstValue("content-type").orElse("").startsWith("text/html");
                return html ? new String(a.body(), StandardCharsets.UTF_8) : null;
            });
            assertTrue(crawled.size() > 100, language + ": only " + crawled.size() + " URLs reached from /");
            assertTrue(crawled.stream().anyMatch(u -> u.contains(".csv")), language + ": no download reached");
            assertTrue(differences.isEmpty(), language + ", " + differences.size() + " differences in "
                    + crawled.size() + " URLs:\n" + String.join("\n", differences.subList(0, Math.min(20, differences.size()))));
        }
    }

    @Test
    void graphqlGetAnswersAlike() throws IOException {
        List<String> differences = new ArrayList<>();
        List<Path> examples;
        try (Stream<Path> files = Files.list(GRAPHQL_EXAMPLES)) {
            examples = files.filter(f -> f.toString().endsWith(".graphql")).sorted().toList();
        }
        assertTrue(examples.size() >= 3, "example queries in " + GRAPHQL_EXAMPLES);
        for (Path example : examples) {
            String document = Files.readString(example);
            // SmallRye drops the line breaks of a GET query, so comments would swallow the rest: send it on one line
            String oneLine = document.lines().filter(line -> !line.startsWith("#")).map(String::strip)
                    .collect(Collectors.joining(" "));
            String url = "/graphql?query=" + URLEncoder.encode(oneLine, StandardCharsets.UTF_8)
                    + variables(document);
            HttpResponse<byte[]> a = get(replicaA(), url, Map.of("Accept", "application/graphql-response+json"));
            HttpResponse<byte[]> b = get(replicaB.base(), url, Map.of("Accept", "application/graphql-response+json"));
            assertEquals(200, a.statusCode(), example + ": " + new String(a.body(), StandardCharsets.UTF_8));
            assertTrue(new String(a.body(), StandardCharsets.UTF_8).contains("\"data\""), example.toString());
            compare(example.getFileName().toString(), a, b, differences);
            revalidateAcross(url, a, differences);
        }
        assertTrue(differences.isEmpty(), String.join("\n", differences));
    }

    /** A validator handed out by replica A is honoured by replica B (a CDN revalidates wherever it lands). */
    private static void revalidateAcross(String url, HttpResponse<byte[]> fromA, List<String> differences) {
        if (fromA.statusCode() != 200) {
            return;
        }
        fromA.headers().firstValue("etag").ifPresent(etag -> {
            int status = get(replicaB.base(), url, Map.of("If-None-Match", etag)).statusCode();
            if (status != 304) {
                differences.add(url + ": replica B answers " + status + " to A's ETag " + etag);
            }
        });
    }

    private static void compare(String what, HttpResponse<byte[]> a, HttpResponse<byte[]> b, List<String> differences) {
        if (a.statusCode() != b.statusCode()) {
            differences.add(what + ": status " + a.statusCode() + " vs " + b.statusCode());
            return;
        }
        Map<String, List<String>> headersA = comparableHeaders(a);
        Map<String, List<String>> headersB = comparableHeaders(b);
        if (!headersA.equals(headersB)) {
            for (String name : headersA.keySet()) {
                if (!headersA.get(name).equals(headersB.get(name))) {
                    differences.add(what + ": " + name + " " + headersA.get(name) + " vs " + headersB.get(name));
                }
            }
            headersB.keySet().stream().filter(name -> !headersA.containsKey(name))
                    .forEach(name -> differences.add(what + ": only B sends " + name));
        }
        if (!Arrays.equals(a.body(), b.body())) {
            differences.add(what + ": bodies differ (" + a.body().length + " vs " + b.body().length + " bytes) "
                    + firstDifference(a.body(), b.body()));
        }
    }

    private static Map<String, List<String>> comparableHeaders(HttpResponse<byte[]> response) {
        Map<String, List<String>> headers = new TreeMap<>();
        response.headers().map().forEach((name, values) -> {
            if (!PER_ANSWER_HEADERS.contains(name.toLowerCase())) {
                headers.put(name.toLowerCase(), values);
            }
        });
        return headers;
    }

    private static String firstDifference(byte[] a, byte[] b) {
        int i = Arrays.mismatch(a, b);
        String textA = new String(a, Math.max(0, i - 60), Math.min(a.length, i + 60) - Math.max(0, i - 60),
                StandardCharsets.UTF_8);
        String textB = new String(b, Math.max(0, i - 60), Math.min(b.length, i + 60) - Math.max(0, i - 60),
                StandardCharsets.UTF_8);
        return "at byte " + i + ":\n  A …" + textA + "…\n  B …" + textB + "…";
    }

    /** The example's "# variables: {…}" line, as a GET parameter. */
    private static String variables(String document) {
        return document.lines().filter(line -> line.startsWith("# variables:")).findFirst()
                .map(line -> "&variables=" + URLEncoder.encode(line.substring("# variables:".length()).trim(),
                        StandardCharsets.UTF_8))
                .orElse("");
    }

    private static URI replicaA() {
        return URI.create(RestAssured.baseURI + ":" + RestAssured.port);
    }

    private static HttpResponse<byte[]> get(URI base, String pathAndQuery, Map<String, String> headers) {
        try {
            return getAsync(base, pathAndQuery, headers).join();
        } catch (CompletionException e) {
            throw new IllegalStateException(base + pathAndQuery, e.getCause());
        }
    }

    /** Both replicas are asked at once: a cold page takes seconds to render on a busy 2-core machine. */
    private static CompletableFuture<HttpResponse<byte[]>> getAsync(URI base, String pathAndQuery,
            Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(Duration.ofSeconds(60));
        headers.forEach(request::header);
        return HTTP.sendAsync(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
