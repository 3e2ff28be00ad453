package org.amuratlas.e2e;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * Loads the key pages in headless Chromium with the real Content-Security-Policy: status, one h1, main and title, no
 * console error or failed request, no serious or critical axe-core violation, every internal link answers 200, the
 * project filter works without JavaScript and the first Tab reaches "Skip to content". See
 * src/test/js/browser-checks.mjs; screenshots of / and /themes/energy go to target/browser-screenshots/.
 */
@QuarkusIntegrationTest
class BrowserChecksIT {

    @Test
    void keyPagesInABrowser() throws Exception {
        NodeScript.run("browser-checks.mjs", true);
    }
}
