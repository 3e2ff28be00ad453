package org.amuratlas.e2e;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * A browser app on another origin uses the API: headless Chromium opens a page served by the Node script from a
 * second local origin; the page calls /graphql with fetch (a preflighted POST, a GET reading the ETag, and the
 * persisted-query round trip) and renders the answers, which the script reads back. See
 * src/test/js/cross-origin-app.mjs.
 */
@QuarkusIntegrationTest
class CrossOriginBrowserIT {

    @Test
    void aPageOnAnotherOriginCallsTheApi() throws Exception {
        NodeScript.run("cross-origin-app.mjs", true);
    }
}
