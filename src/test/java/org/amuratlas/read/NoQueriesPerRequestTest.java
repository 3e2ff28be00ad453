package org.amuratlas.read;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * After start, no request reaches the database: pages and GraphQL answers come from the read model built once. This
 * fails as soon as a page or a resolver runs a query of its own (Hibernate counts every statement it prepares).
 */
@QuarkusTest
class NoQueriesPerRequestTest {

    /** A query string the page cache has not seen, so each page is rendered afresh. */
    private static final String FRESH = "?nocache=" + System.nanoTime();

    @Inject
    SessionFactory sessionFactory;

    @Test
    void nestedGraphQLQueriesRunNoSqlStatement() {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        given().contentType(ContentType.JSON).body(Map.of("query", """
                { projects(limit: 100) { totalCount items { slug places { slug nameZh projects { slug } }
                    themes { slug } citations { locator source { slug citedBy { slug } } }
                    events { slug actors { slug perspectives { slug } } citations { locator } } } }
                  places(limit: 100) { items { events { slug } } }
                  keyFigures(featured: false, limit: 100) { items { citations { locator } } }
                  challenges(theme: "corridors") { items { slug } }
                  allSeries { observations { value } }
                  search(text: "Heihe") { slug } }""")).when().post("/graphql").then().statusCode(200)
                .body("errors", nullValue())
                .body("data.projects.items.size()", greaterThan(40));
        assertEquals(0, statistics.getPrepareStatementCount(), "SQL statements run by one GraphQL request");
    }

    @Test
    void renderingPagesRunsNoSqlStatement() {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        for (String path : new String[] {"/", "/themes/energy", "/projects", "/projects/power-of-siberia",
                "/places", "/places/heihe", "/timeline", "/data", "/data/heilongjiang-russia-trade",
                "/data/heilongjiang-russia-trade.csv", "/sources"}) {
            given().when().get(path + FRESH).then().statusCode(200);
        }
        given().queryParam("q", "Благовещенск").when().get("/search").then().statusCode(200);
        given().queryParam("theme", "energy").queryParam("sort", "status").when().get("/projects").then()
                .statusCode(200);
        assertEquals(0, statistics.getPrepareStatementCount(), "SQL statements run while rendering pages");
    }
}
