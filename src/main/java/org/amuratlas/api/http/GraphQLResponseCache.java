package org.amuratlas.api.http;

import org.amuratlas.ops.EntityTag;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers to GraphQL queries, kept by request: the data never changes while the process runs, so the same
 * document, variables, operation and language always get the same bytes. Repeated queries are then answered on the
 * HTTP event loop without parsing or executing anything.
 * <p>
 * An answer is kept when its request comes a second time ({@link SecondSight}), so one-off documents (e.g. a client
 * that writes a counter into each) pass without being kept. Bounded by the bytes it keeps (documents are free text,
 * so their number is not bounded); when full, the least recently used answers go.
 * Size, hits and misses are published on /q/metrics.
 */
@ApplicationScoped
public class GraphQLResponseCache {

    /** A kept answer, its validator and the languages of its texts ({@code Content-Language}, or null). */
    record CachedAnswer(Buffer body, String etag, String contentLanguage) {
    }

    private final Map<String, CachedAnswer> answers = new LinkedHashMap<>(64, 0.75f, true);
    private final SecondSight requests = new SecondSight(4096);
    private long keptBytes;

    /**
     * 4 MB keeps about 130 answers the size of the 100-project catalogue (31 KB) and many more small ones; with
     * the page cache (12 MB) and the live data it still fits the container's 64 MB heap.
     */
    @ConfigProperty(name = "atlas.graphql.response-cache.max-bytes", defaultValue = "4194304")
    long maxBytes;

    private Counter hits;
    private Counter misses;

    void registerMetrics(@Observes StartupEvent start, MeterRegistry metrics) {
        Gauge.builder("atlas.graphql.cache.bytes", this, GraphQLResponseCache::keptBytes).baseUnit("bytes")
                .description("Bytes of GraphQL answers kept in memory").register(metrics);
        Gauge.builder("atlas.graphql.cache.max.bytes", () -> maxBytes).baseUnit("bytes")
                .description("Bound of the GraphQL response cache (atlas.graphql.response-cache.max-bytes)")
                .register(metrics);
        Gauge.builder("atlas.graphql.cache.answers", this, GraphQLResponseCache::size)
                .description("GraphQL answers kept in memory").register(metrics);
        hits = Counter.builder("atlas.graphql.cache.hits").description("GraphQL requests answered from the cache")
                .register(metrics);
        misses = Counter.builder("atlas.graphql.cache.misses")
                .description("GraphQL requests for which no kept answer matched (then checked and executed)")
                .register(metrics);
    }

    /** The key of a request: everything its answer depends on. */
    static String key(GraphQLRequest request, String language) {
        return language + '\n' + (request.operationName() == null ? "" : request.operationName()) + '\n'
                + request.variablesJson() + '\n' + request.query();
    }

    CachedAnswer find(String key) {
        CachedAnswer answer;
        synchronized (this) {
            answer = answers.get(key);
        }
        (answer == null ? misses : hits).increment();
        return answer;
    }

    /** The answer with its validator; kept if its request was met before and it fits. */
    CachedAnswer keep(String key, Buffer body, String contentLanguage) {
        CachedAnswer answer = new CachedAnswer(body, etag(body), contentLanguage);
        long size = body.length() + 2L * key.length();
        if (size > maxBytes || !requests.metBefore(key)) {
            return answer;
        }
        synchronized (this) {
            CachedAnswer previous = answers.put(key, answer);
            keptBytes += size - (previous == null ? 0 : previous.body().length() + 2L * key.length());
            Iterator<Map.Entry<String, CachedAnswer>> eldest = answers.entrySet().iterator();
            while (keptBytes > maxBytes && eldest.hasNext()) {
                Map.Entry<String, CachedAnswer> entry = eldest.next();
                keptBytes -= entry.getValue().body().length() + 2L * entry.getKey().length();
                eldest.remove();
            }
        }
        return answer;
    }

    synchronized long keptBytes() {
        return keptBytes;
    }

    synchronized int size() {
        return answers.size();
    }

    /** A strong validator from the bytes, so every replica gives the same answer the same ETag. */
    static String etag(Buffer body) {
        return EntityTag.of(body.getBytes());
    }
}
