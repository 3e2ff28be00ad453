package org.amuratlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.ws.rs.BadRequestException;
import org.amuratlas.model.ProjectStatus;
import org.junit.jupiter.api.Test;

/**
 * The catalogue's parameter parsing: absent means "no filter", malformed means a 400 that explains. A Quarkus test
 * because the explanation comes from the message bundles.
 */
@QuarkusTest
class QueryParamsTest {

    private static String refusal(Runnable parse) {
        return assertThrows(BadRequestException.class, parse::run).getMessage();
    }

    @Test
    void slugs() {
        assertNull(QueryParams.slug("theme", null));
        assertNull(QueryParams.slug("theme", " "));
        assertEquals("trade-investment", QueryParams.slug("theme", "trade-investment"));
        assertEquals("a".repeat(100), QueryParams.slug("theme", "a".repeat(100)));
        for (String bad : new String[] {"Energy", "energy; DROP TABLE theme", "-energy", "energy-", "a--b", "a".repeat(101)}) {
            assertEquals("The parameter 'theme' must be a slug (lowercase letters, digits and hyphens).",
                    refusal(() -> QueryParams.slug("theme", bad)), bad);
        }
    }

    @Test
    void enumValuesInAnyCaseWithHyphensOrSpaces() {
        assertNull(QueryParams.enumValue("status", "", ProjectStatus.class));
        assertEquals(ProjectStatus.UNDER_CONSTRUCTION, QueryParams.enumValue("status", "under-construction", ProjectStatus.class));
        assertEquals(ProjectStatus.UNDER_CONSTRUCTION, QueryParams.enumValue("status", " Under construction ", ProjectStatus.class));
        assertEquals(ProjectStatus.OPERATIONAL, QueryParams.enumValue("status", "OPERATIONAL", ProjectStatus.class));
        assertEquals("The parameter 'status' must be one of: proposed, planned, approved, under_construction, "
                + "operational, suspended.", refusal(() -> QueryParams.enumValue("status", "exploded", ProjectStatus.class)));
    }

    @Test
    void wholeNumbersWithinBounds() {
        assertNull(QueryParams.integer("from", null, -3000, 3000));
        assertNull(QueryParams.integer("from", "", -3000, 3000));
        assertEquals(2019, QueryParams.integer("from", " 2019 ", -3000, 3000));
        assertEquals(-3000, QueryParams.integer("from", "-3000", -3000, 3000));
        assertEquals(3000, QueryParams.integer("from", "3000", -3000, 3000));
        assertEquals("The parameter 'from' must be between -3000 and 3000.",
                refusal(() -> QueryParams.integer("from", "3001", -3000, 3000)));
        assertEquals("The parameter 'from' must be between -3000 and 3000.",
                refusal(() -> QueryParams.integer("from", "-3001", -3000, 3000)));
        for (String bad : new String[] {"19x0", "2019.5", "99999999999", "1e3"}) {
            assertEquals("The parameter 'from' must be a whole number.",
                    refusal(() -> QueryParams.integer("from", bad, -3000, 3000)), bad);
        }
    }

    @Test
    void freeTextIsTrimmedAndBounded() {
        assertNull(QueryParams.phrase("q", null));
        assertNull(QueryParams.phrase("q", "   "));
        assertEquals("Heihe bridge", QueryParams.phrase("q", "  Heihe bridge ").text());
        assertEquals("x".repeat(200), QueryParams.phrase("q", "x".repeat(200)).text());
        assertEquals("The parameter 'q' is too long (200 characters at most).",
                refusal(() -> QueryParams.phrase("q", "x".repeat(201))));
    }
}
