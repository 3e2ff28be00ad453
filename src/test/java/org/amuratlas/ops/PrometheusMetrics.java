package org.amuratlas.ops;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one sample from /q/metrics, as a Prometheus scraper would. */
public final class PrometheusMetrics {

    private PrometheusMetrics() {
    }

    /**
     * The scrape waits for a worker thread like any blocking request; on a loaded machine that can take longer than
     * the default test timeout while queries hold every worker.
     */
    private static final int PATIENCE_MILLIS = 120_000;

    /** The value of the first sample of {@code name}, whatever its labels; fails if it is not published. */
    public static double value(String name) {
        String metrics = given().config(RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.socket.timeout", PATIENCE_MILLIS).setParam("http.connection.timeout", PATIENCE_MILLIS)))
                .when().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher matcher = Pattern.compile("(?m)^" + Pattern.quote(name) + "(?:\\{[^}]*\\})? ([0-9.E+]+)$")
                .matcher(metrics);
        assertTrue(matcher.find(), name + " is published on /q/metrics");
        return Double.parseDouble(matcher.group(1));
    }
}
