package org.amuratlas.web;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class StaticAssetsIT extends StaticAssetsTest {
}
