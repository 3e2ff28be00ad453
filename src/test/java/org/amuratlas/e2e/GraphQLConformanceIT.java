package org.amuratlas.e2e;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * Checks the GraphQL API over HTTP from the outside, with the reference implementation (graphql-js): the introspected
 * schema equals the SDL at /graphql/schema.graphql, every document in src/test/graphql/examples validates and runs
 * over POST and GET without errors, and the GraphQL-over-HTTP spec holds: a MUST not met fails, a SHOULD not met is
 * listed and counted; graphql-http's serverAudits must all pass without a warning. See
 * src/test/js/graphql-conformance.mjs.
 */
@QuarkusIntegrationTest
class GraphQLConformanceIT {

    @Test
    void graphqlOverHttpConformance() throws Exception {
        NodeScript.run("graphql-conformance.mjs", false);
    }
}
