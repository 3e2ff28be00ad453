package org.amuratlas.read;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class ReadLayerConsistencyIT extends ReadLayerConsistencyTest {
}
