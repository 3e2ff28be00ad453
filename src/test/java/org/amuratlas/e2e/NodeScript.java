package org.amuratlas.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.restassured.RestAssured;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs one of the Node test scripts in src/test/js against the application under test and fails on a non-zero exit.
 * <p>
 * Needs Node.js {@value #MIN_NODE}+ on the PATH (Debian 12's own nodejs package will do), {@code src/test/js/node_modules}
 * (installed by {@code ./mvnw verify} through {@link NpmInstall}, or {@code npm ci --prefix src/test/js}) and, for
 * the browser checks, Chromium at /usr/bin/chromium (or {@code CHROMIUM_PATH}). When something is missing the test is
 * skipped with a warning banner on the console, so {@code ./mvnw verify} works with only a JDK; when the environment
 * variable {@code CI} is set it fails instead, so CI cannot silently skip it.
 */
final class NodeScript {

    static final Path JS_DIR = Path.of("src", "test", "js");
    /** The oldest Node.js the scripts and their pinned packages support (package.json "engines"). */
    static final int MIN_NODE = 18;
    private static final long TIMEOUT_MINUTES = 10;
    private static final int TAIL_LINES = 80;

    private NodeScript() {
    }

    static void run(String script, boolean needsChromium) throws IOException, InterruptedException {
        String node = findOnPath("node");
        List<String> missing = new ArrayList<>();
        if (node == null) {
            missing.add("'node' (Node.js " + MIN_NODE + " or newer) is not on the PATH; install it with: apt-get install -y nodejs npm");
        } else if (nodeMajorVersion(node) < MIN_NODE) {
            missing.add("'node' at " + node + " is older than Node.js " + MIN_NODE + "; install a newer one (apt-get install -y nodejs npm)");
        }
        if (!Files.isDirectory(JS_DIR.resolve("node_modules"))) {
            missing.add(JS_DIR.resolve("node_modules") + " is missing; install the test dependencies with: "
                    + "npm ci --prefix src/test/js");
        }
        String chromium = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");
        if (needsChromium && !Files.isExecutable(Path.of(chromium))) {
            missing.add(chromium + " is missing; install it with: apt-get install -y chromium");
        }
        if (!missing.isEmpty()) {
            String message = script + " cannot run: " + String.join("; ", missing) + ".";
            if (isCi()) {
                fail(message + " (CI is set, so this is a failure rather than a skip.)");
            }
            String howTo = "apt-get install -y nodejs npm" + (needsChromium ? " chromium" : "")
                    + " && npm ci --prefix src/test/js";
            warn(script + " SKIPPED: this run does not test what it checks.", message, "To run it: " + howTo,
                    "With CI=true a missing tool fails the build instead.");
            Assumptions.assumeTrue(false, message + " Skipped; to enable: " + howTo);
        }

        String baseUrl = "http://localhost:" + RestAssured.port;
        ProcessBuilder builder = new ProcessBuilder(node, JS_DIR.resolve(script).toString(), baseUrl)
                .redirectErrorStream(true);
        builder.environment().putIfAbsent("SCREENSHOT_DIR",
                Path.of("target", "browser-screenshots").toAbsolutePath().toString());
        System.out.println("[" + script + "] node " + JS_DIR.resolve(script) + " " + baseUrl);
        Process process = builder.start();
        process.getOutputStream().close();

        // Echo the script's output as it comes (through System.out, not inheritIO, so failsafe's own stream to the
        // forked JVM stays clean) and keep the last lines for the failure message.
        Deque<String> tail = new ArrayDeque<>();
        Thread pump = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    System.out.println("[" + script + "] " + line);
                    synchronized (tail) {
                        tail.addLast(line);
                        if (tail.size() > TAIL_LINES) {
                            tail.removeFirst();
                        }
                    }
                }
            } catch (IOException e) {
                System.out.println("[" + script + "] (output no longer readable: " + e.getMessage() + ")");
            }
        }, "node-output-" + script);
        pump.setDaemon(true);
        pump.start();

        boolean finished = process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES);
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        pump.join(TimeUnit.SECONDS.toMillis(10));
        String lastLines;
        synchronized (tail) {
            lastLines = String.join(System.lineSeparator(), tail);
        }
        if (!finished) {
            fail(script + " did not finish within " + TIMEOUT_MINUTES + " minutes and was stopped. Last output:"
                    + System.lineSeparator() + lastLines);
        }
        assertEquals(0, process.exitValue(), () -> script + " reported failures (exit code " + process.exitValue()
                + "). Last output:" + System.lineSeparator() + lastLines);
    }

    /** A banner that stands out in the Maven console, where a skipped test otherwise shows only as a count. */
    static void warn(String... lines) {
        String rule = "*".repeat(100);
        StringBuilder banner = new StringBuilder(System.lineSeparator()).append("[WARNING] ").append(rule);
        for (String line : lines) {
            banner.append(System.lineSeparator()).append("[WARNING] ").append(line);
        }
        banner.append(System.lineSeparator()).append("[WARNING] ").append(rule);
        System.out.println(banner);
        System.out.flush();
    }

    static boolean isCi() {
        String ci = System.getenv("CI");
        return ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false");
    }

    static String findOnPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, command);
            if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }

    private static int nodeMajorVersion(String node) {
        try {
            Process p = new ProcessBuilder(node, "--version").redirectErrorStream(true).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return -1;
            }
            // "v20.20.2"
            String digits = out.replaceFirst("^v", "").split("\\.")[0];
            return Integer.parseInt(digits);
        } catch (IOException | NumberFormatException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
