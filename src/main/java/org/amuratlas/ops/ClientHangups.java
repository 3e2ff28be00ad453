package org.amuratlas.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.http.HttpClosedException;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * A client that hangs up while it is still sending its request (a GraphQL POST cut off mid-body) fails the request
 * with "Connection was closed". Quarkus's error handler logged each one at ERROR with an error id, though nothing is
 * wrong with the server and no answer can reach the client any more (found by src/test/bench/soak.sh). They are
 * counted instead ({@code atlas_client_hangups_total} on /q/metrics) and logged at DEBUG.
 */
@ApplicationScoped
public class ClientHangups {

    private static final Logger LOG = Logger.getLogger(ClientHangups.class);

    void install(@Observes Router router, MeterRegistry metrics) {
        Counter hangups = Counter.builder("atlas.client.hangups")
                .description("Requests whose client closed the connection before the request was complete")
                .register(metrics);
        router.route().order(Integer.MIN_VALUE).failureHandler(context -> {
            if (context.failure() instanceof HttpClosedException) {
                hangups.increment();
                LOG.debugf("client hung up during %s %s", context.request().method(), context.request().path());
                return; // the connection is gone: there is no one to answer
            }
            context.next();
        });
    }
}
