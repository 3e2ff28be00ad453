package org.amuratlas.opendata;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class AboutPageIT extends AboutPageTest {
}
