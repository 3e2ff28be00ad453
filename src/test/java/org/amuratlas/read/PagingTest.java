package org.amuratlas.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Offset paging on its own: the bounds of a request and what a page says about its neighbours. */
class PagingTest {

    @Test
    void aRequestIsWithinBounds() {
        new PageRequest(0, 1);
        new PageRequest(100_000, PageRequest.MAX_LIMIT);
        assertEquals("offset must be 0 or more, was -1.",
                assertThrows(InvalidQuery.class, () -> new PageRequest(-1, 20)).getMessage());
        assertEquals("limit must be between 1 and 100, was 0.",
                assertThrows(InvalidQuery.class, () -> new PageRequest(0, 0)).getMessage());
        assertThrows(InvalidQuery.class, () -> new PageRequest(0, 101));
    }

    @Test
    void aMiddlePageKnowsBothNeighbours() {
        ResultPage<String> page = new ResultPage<>(List.of("u", "v", "w"), 10, 3, 3);
        assertTrue(page.hasPrevious());
        assertTrue(page.hasNext());
        assertEquals(0, page.previousOffset());
        assertEquals(6, page.nextOffset());
        assertEquals(4, page.firstShown());
        assertEquals(6, page.lastShown());
    }

    @Test
    void theFirstAndTheLastPage() {
        ResultPage<String> first = new ResultPage<>(List.of("a", "b"), 4, 0, 2);
        assertFalse(first.hasPrevious());
        assertTrue(first.hasNext());
        assertEquals(1, first.firstShown());
        ResultPage<String> last = new ResultPage<>(List.of("c", "d"), 4, 2, 2);
        assertFalse(last.hasNext(), "offset + shown = total");
        assertEquals(0, last.previousOffset());
        assertEquals(4, last.lastShown());
        ResultPage<String> shortLast = new ResultPage<>(List.of("e"), 41, 40, 20);
        assertFalse(shortLast.hasNext());
        assertEquals(20, shortLast.previousOffset());
        assertEquals(41, shortLast.firstShown());
        assertEquals(41, shortLast.lastShown());
    }

    @Test
    void anEmptyPageShowsNothing() {
        ResultPage<String> empty = new ResultPage<>(List.of(), 0, 0, 20);
        assertFalse(empty.hasNext());
        assertFalse(empty.hasPrevious());
        assertEquals(0, empty.firstShown());
        assertEquals(0, empty.lastShown());
        ResultPage<String> beyond = new ResultPage<>(List.of(), 5, 40, 20);
        assertEquals(0, beyond.firstShown(), "past the end shows nothing");
        assertEquals(20, beyond.previousOffset());
    }
}
