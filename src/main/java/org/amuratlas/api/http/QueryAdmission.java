package org.amuratlas.api.http;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many GraphQL queries may wait for or hold a worker thread at once. Beyond the bound a query is refused at once
 * (503 with Retry-After) instead of queueing: the worker pool's own queue has no bound, and when clients give up
 * faster than the workers finish, an unbounded queue keeps every abandoned request, its body and its context until
 * a worker reaches it, which filled the 64 MB heap in the soak test.
 */
@ApplicationScoped
public class QueryAdmission {

    private final AtomicInteger pending = new AtomicInteger();

    @ConfigProperty(name = "atlas.graphql.max-pending", defaultValue = "64")
    int maxPending;

    private Counter refused;

    @Inject
    void metrics(MeterRegistry registry) {
        Gauge.builder("atlas.graphql.pending", pending, AtomicInteger::get)
                .description("GraphQL queries waiting for or running on a worker thread").register(registry);
        refused = Counter.builder("atlas.graphql.refused.busy")
                .description("GraphQL queries refused with 503 because atlas.graphql.max-pending were pending")
                .register(registry);
    }

    /** Takes a place for one query; false when all places are taken (the query is then refused). */
    boolean tryEnter() {
        while (true) {
            int now = pending.get();
            if (now >= maxPending) {
                refused.increment();
                return false;
            }
            if (pending.compareAndSet(now, now + 1)) {
                return true;
            }
        }
    }

    /** Gives back the place taken by {@link #tryEnter()}, once the query is answered or dropped. */
    void leave() {
        pending.decrementAndGet();
    }

    int pending() {
        return pending.get();
    }

    int maxPending() {
        return maxPending;
    }
}
