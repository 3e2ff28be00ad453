package org.amuratlas.ops;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * A second instance of the packaged application (the one the *IT suite runs: the fast-jar, or the native executable
 * with -Dnative), started as an operator would start a replica: same artifact, same heap, another port.
 */
final class SecondReplica implements AutoCloseable {

    private static final Path TARGET = Path.of("target");
    private static final Duration READY_WITHIN = Duration.ofSeconds(90);

    private final Process process;
    private final URI base;

    private SecondReplica(Process process, int port) {
        this.process = process;
        this.base = URI.create("http://localhost:" + port);
    }

    /** Starts it on {@code -Datlas.replica.port}, or on a free port, and waits until it is ready. */
    static SecondReplica start() throws IOException, InterruptedException {
        int port = Integer.getInteger("atlas.replica.port", freePort());
        List<String> command = new ArrayList<>(artifactCommand());
        // the heap of the container image, as quarkus.test.arg-line gives the first instance
        command.add(1, "-Xmx64m");
        command.add(2, "-Dquarkus.http.port=" + port);
        Path log = TARGET.resolve("second-replica.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        SecondReplica replica = new SecondReplica(process, port);
        replica.awaitReady(log);
        return replica;
    }

    URI base() {
        return base;
    }

    private static List<String> artifactCommand() throws IOException {
        Properties artifact = new Properties();
        try (InputStream in = Files.newInputStream(TARGET.resolve("quarkus-artifact.properties"))) {
            artifact.load(in);
        }
        Path path = TARGET.resolve(artifact.getProperty("path")).toAbsolutePath();
        return switch (artifact.getProperty("type")) {
            case "jar" -> List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                    path.toString());
            case "native" -> List.of(path.toString());
            default -> throw new IllegalStateException("cannot start a " + artifact.getProperty("type") + " artifact");
        };
    }

    private void awaitReady(Path log) throws InterruptedException, IOException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the second replica exited: " + Files.readString(log));
            }
            try {
                HttpResponse<Void> ready = client.send(HttpRequest.newBuilder(base.resolve("/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // keep polling
            }
            Thread.sleep(200);
        }
        close();
        throw new IllegalStateException("the second replica was not ready within " + READY_WITHIN);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }
}
