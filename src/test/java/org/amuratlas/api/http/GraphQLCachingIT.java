package org.amuratlas.api.http;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class GraphQLCachingIT extends GraphQLCachingTest {
}
