package org.amuratlas.api.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SecondSightTest {

    @Test
    void aKeyIsMetBeforeFromItsSecondTimeOn() {
        SecondSight sight = new SecondSight(1024);
        assertFalse(sight.metBefore("{ themes { slug } }"));
        assertTrue(sight.metBefore("{ themes { slug } }"));
        assertTrue(sight.metBefore("{ themes { slug } }"));
        assertFalse(sight.metBefore("{ themes { title } }"), "another key is new");
        assertTrue(sight.metBefore("{ themes { slug } }"), "and does not push out one in another slot");
    }

    @Test
    void keysWithTheSameHashAreToldApartByLength() {
        SecondSight sight = new SecondSight(1024);
        String other = "\u0001%\u0004"; // the same String.hashCode as "Aa" (2112), one character longer
        assertFalse(sight.metBefore("Aa"));
        assertFalse(sight.metBefore(other), "same slot, another length: new, and it pushes the first one out");
        assertFalse(sight.metBefore("Aa"), "pushed out: met again as new");
        // the price of a fixed table: same hash and length pass as met, so one answer is kept a request early
        assertTrue(sight.metBefore("BB"));
    }

    @Test
    void aSmallTableForgetsOldKeys() {
        SecondSight sight = new SecondSight(2);
        assertFalse(sight.metBefore("first"));
        for (int i = 0; i < 64; i++) {
            sight.metBefore("other" + i);
        }
        assertFalse(sight.metBefore("first"), "forgotten: one more miss, never a wrong answer");
        assertThrows(IllegalArgumentException.class, () -> new SecondSight(1000));
    }
}
