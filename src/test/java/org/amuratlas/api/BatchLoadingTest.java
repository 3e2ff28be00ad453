package org.amuratlas.api;

import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/** Nested fields are resolved in batches: the number of SQL statements does not grow with the number of parents. */
@QuarkusTest
class BatchLoadingTest {

    private static final String PROJECTS_WITH_RELATIONS = """
            query($limit: Int!) {
              projects(limit: $limit) {
                totalCount
                items {
                  slug
                  places { slug nameZh projects { slug } }
                  themes { slug }
                  citations { locator source { slug } }
                  events { slug actors { slug } citations { locator } }
                }
              }
            }""";

    @Inject
    SessionFactory sessionFactory;

    @Test
    void statementsPerQueryDoNotDependOnHowManyProjectsAreListed() {
        long few = statementsFor(3);
        long all = statementsFor(100);
        assertEquals(few, all, "SQL statements for 3 projects vs for all of them");
        assertTrue(all <= 12, "a bounded number of statements, was " + all);
    }

    private long statementsFor(int limit) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        GraphQLClient.post(PROJECTS_WITH_RELATIONS, Map.of("limit", limit)).statusCode(200)
                .body("errors", nullValue())
                .body("data.projects.items.size()", greaterThan(2));
        return statistics.getPrepareStatementCount();
    }
}
