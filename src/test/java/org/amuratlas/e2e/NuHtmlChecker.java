package org.amuratlas.e2e;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * The Nu HTML checker (vnu.jar, the validator behind validator.w3.org/nu), pinned in src/test/js/package.json as the
 * npm package vnu-jar and installed with the other Node test packages. It runs in its own JVM (this one's java), on
 * all the files at once, and reports errors only. Without the jar the test is skipped with a banner, or fails when
 * {@code CI} is set, as the Node suites do.
 */
final class NuHtmlChecker {

    static final Path JAR = NodeScript.JS_DIR.resolve(Path.of("node_modules", "vnu-jar", "build", "dist", "vnu.jar"));
    private static final long TIMEOUT_MINUTES = 10;
    /** One gnu-format line: {@code "file:/tmp/x/p1.html":12.5-12.9: error: message}. */
    private static final Pattern LINE = Pattern.compile("^\"file:(.*?)\":(\\S+): (error|fatal|info|warning)[^:]*: (.*)$");

    /** One error: the file, where in it (line.column range) and the checker's message. */
    record Error(String file, String where, String message) {
    }

    private NuHtmlChecker() {
    }

    static void requireJar() {
        if (Files.isRegularFile(JAR)) {
            return;
        }
        String message = JAR + " is missing; install the test packages with: npm ci --prefix " + NodeScript.JS_DIR;
        if (NodeScript.isCi()) {
            fail(message + " (CI is set, so this is a failure rather than a skip.)");
        }
        NodeScript.warn("The Nu HTML check is SKIPPED: this run does not check the pages' markup.", message,
                "With CI=true a missing checker fails the build instead.");
        Assumptions.assumeTrue(false, message);
    }

    /** Checks every .html file in {@code dir}; returns the errors, by file name (no directory). */
    static List<Error> check(Path dir) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(javaCommand(), "-Xss4m", "-jar", JAR.toString(), "--errors-only",
                "--format", "gnu", "--skip-non-html"));
        command.add(dir.toAbsolutePath().toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("vnu.jar did not finish within " + TIMEOUT_MINUTES + " minutes");
        }
        List<Error> errors = new ArrayList<>();
        List<String> unread = new ArrayList<>();
        for (String line : new String(out, StandardCharsets.UTF_8).split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (m.matches()) {
                errors.add(new Error(Path.of(m.group(1)).getFileName().toString(), m.group(2), m.group(4)));
            } else {
                unread.add(line);
            }
        }
        // exit 1 means "errors found"; anything else, or output that is not a message, means the checker failed
        if (process.exitValue() > 1 || !unread.isEmpty()) {
            fail("vnu.jar failed (exit " + process.exitValue() + "):" + System.lineSeparator()
                    + String.join(System.lineSeparator(), unread));
        }
        if (process.exitValue() == 1 && errors.isEmpty()) {
            fail("vnu.jar exited 1 without a message it could be read from");
        }
        return errors;
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
