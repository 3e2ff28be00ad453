package org.amuratlas.opendata;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class SiteIndexesIT extends SiteIndexesTest {
}
