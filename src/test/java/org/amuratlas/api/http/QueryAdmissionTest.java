package org.amuratlas.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

/** The bound on pending GraphQL queries on its own: places are taken, refused when all are taken, and given back. */
class QueryAdmissionTest {

    @Test
    void refusesBeyondTheBoundAndCountsTheRefusals() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        QueryAdmission admission = new QueryAdmission();
        admission.maxPending = 2;
        admission.metrics(registry);

        assertTrue(admission.tryEnter());
        assertTrue(admission.tryEnter());
        assertFalse(admission.tryEnter());
        assertEquals(2, admission.pending());
        assertEquals(2.0, registry.get("atlas.graphql.pending").gauge().value());
        assertEquals(1.0, registry.get("atlas.graphql.refused.busy").counter().count());

        admission.leave();
        assertEquals(1, admission.pending());
        assertTrue(admission.tryEnter());
        assertFalse(admission.tryEnter());
        assertEquals(2.0, registry.get("atlas.graphql.refused.busy").counter().count());
    }
}
