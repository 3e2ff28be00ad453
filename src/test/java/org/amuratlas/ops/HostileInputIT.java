package org.amuratlas.ops;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class HostileInputIT extends HostileInputTest {
}
