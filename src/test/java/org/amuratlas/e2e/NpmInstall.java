package org.amuratlas.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Installs the Node test dependencies (src/test/js, pinned by package-lock.json) before the integration tests, so
 * that the README's {@code ./mvnw verify} runs the whole suite wherever Node.js and npm exist. Run by the
 * exec-maven-plugin in the pre-integration-test phase. It installs only when node_modules is missing or older than
 * the lock file, and never fails the build itself: without npm or the registry it warns, and the Node suites then
 * skip (or fail, with CI set) with their own message.
 */
public final class NpmInstall {

    private static final long TIMEOUT_MINUTES = 10;

    private NpmInstall() {
    }

    /** @param args the project's base directory (Maven runs this in its own JVM, from wherever it was started) */
    public static void main(String[] args) throws IOException, InterruptedException {
        Path jsDir = (args.length > 0 ? Path.of(args[0]) : Path.of("")).resolve(NodeScript.JS_DIR);
        Path lock = jsDir.resolve("package-lock.json");
        Path installed = jsDir.resolve("node_modules").resolve(".package-lock.json");
        if (Files.exists(installed) && Files.getLastModifiedTime(installed).compareTo(Files.getLastModifiedTime(lock)) >= 0) {
            System.out.println("[INFO] Node test dependencies are installed (" + jsDir.resolve("node_modules") + ")");
            return;
        }
        String npm = NodeScript.findOnPath("npm");
        if (npm == null || NodeScript.findOnPath("node") == null) {
            NodeScript.warn("npm or node is not on the PATH: the browser and GraphQL conformance suites cannot run.",
                    "Install them with: apt-get install -y nodejs npm chromium   (then ./mvnw verify installs the rest)");
            return;
        }
        System.out.println("[INFO] npm ci --prefix " + jsDir
                + " (test-only packages: graphql, playwright-core, axe-core, vnu-jar)");
        // --ignore-scripts: no package needs one (vnu-jar's would fetch a JDK where none is found; this JVM's is used)
        Process npmCi = new ProcessBuilder(npm, "ci", "--prefix", jsDir.toString(), "--no-audit", "--no-fund",
                "--ignore-scripts")
                .inheritIO().start();
        boolean finished = npmCi.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES);
        if (!finished) {
            npmCi.destroyForcibly();
        }
        if (!finished || npmCi.exitValue() != 0) {
            NodeScript.warn("npm ci --prefix " + jsDir + " failed" + (finished ? " (exit " + npmCi.exitValue() + ")"
                    : " (no answer in " + TIMEOUT_MINUTES + " minutes)") + ": the Node suites will not run.",
                    "Is the npm registry reachable? Run the command by hand to see why.");
        }
    }
}
