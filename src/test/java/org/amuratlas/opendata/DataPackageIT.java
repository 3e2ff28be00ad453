package org.amuratlas.opendata;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class DataPackageIT extends DataPackageTest {
}
