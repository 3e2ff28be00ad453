package org.amuratlas.api.http;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Automatic Persisted Queries (Apollo's protocol, also spoken by urql): documents registered under the SHA-256 of
 * their text, so that a client can send the hash alone, in a short GET URL that browsers and CDNs cache.
 * <p>
 * Only documents that parsed and validated are registered, and only under their true hash. The store is bounded by
 * the characters it holds; past the bound the least recently used documents go (a client that finds its hash gone
 * simply sends the document again). Every replica fills its own store, so a hash unknown to one replica costs one
 * extra round trip, never a wrong answer.
 */
@ApplicationScoped
public class PersistedQueries {

    private final Map<String, String> documents = new LinkedHashMap<>(64, 0.75f, true);
    private long keptChars;

    @ConfigProperty(name = "atlas.graphql.persisted-queries.max-chars", defaultValue = "1048576")
    long maxChars;

    @Inject
    MeterRegistry metrics;

    void registerMetrics(@Observes StartupEvent start) {
        Gauge.builder("atlas.graphql.persisted.queries", this, PersistedQueries::size)
                .description("GraphQL documents registered for Automatic Persisted Queries").register(metrics);
        Gauge.builder("atlas.graphql.persisted.queries.max.chars", () -> maxChars)
                .description("Bound of the persisted-query store in characters (atlas.graphql.persisted-queries.max-chars)")
                .register(metrics);
    }

    /** The document registered under this hash, or {@code null}. */
    synchronized String find(String sha256Hash) {
        return documents.get(sha256Hash);
    }

    /** Keeps a checked document under its hash; the caller has verified that the hash is the document's. */
    synchronized void register(String sha256Hash, String document) {
        if (document.length() > maxChars || documents.containsKey(sha256Hash)) {
            return;
        }
        documents.put(sha256Hash, document);
        keptChars += document.length();
        Iterator<String> eldest = documents.values().iterator();
        while (keptChars > maxChars && eldest.hasNext()) {
            keptChars -= eldest.next().length();
            eldest.remove();
        }
    }

    synchronized int size() {
        return documents.size();
    }

    static String sha256Hex(String document) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(document.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
