package org.amuratlas.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SourcesPageTest {

    @Test
    void listsTheFiveDocumentsWithCiteThisAndWhatTheySupport() {
        given().when().get("/sources").then().statusCode(200)
                .body(containsString("id=\"song-2019-heilongjiang-russia\""))
                .body(containsString("id=\"zhang-2025-turn-to-the-east\""))
                .body(containsString("id=\"asianews-2022-heilongjiang-siberia\""))
                .body(containsString("id=\"deeper-economic-ties-2023\""))
                .body(containsString("id=\"heihe-border-feature-2023\""))
                .body(containsString("<strong>Cite this:</strong>"))
                .body(containsString("https://doi.org/10.7256/2454-0641.2025.1.73536"))
                .body(containsString("Data series: <a href=\"/en/data/heilongjiang-russia-trade\">"))
                .body(containsString("— <span class=\"muted locator\">Table 1"));
    }
}
