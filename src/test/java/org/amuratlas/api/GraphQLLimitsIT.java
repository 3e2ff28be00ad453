package org.amuratlas.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class GraphQLLimitsIT extends GraphQLLimitsTest {
}
