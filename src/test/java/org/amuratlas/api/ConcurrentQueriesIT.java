package org.amuratlas.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class ConcurrentQueriesIT extends ConcurrentQueriesTest {
}
