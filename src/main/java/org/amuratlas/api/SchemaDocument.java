package org.amuratlas.api;

import graphql.schema.GraphQLSchema;
import io.smallrye.graphql.execution.SchemaPrinter;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.amuratlas.ops.EntityTag;

/**
 * Serves /graphql/schema.graphql with validators, so that code generators and browsers revalidate it (304) instead of
 * downloading it again. The text is printed as SmallRye's own handler prints it; the schema is fixed at build time,
 * so it is printed once.
 */
@ApplicationScoped
public class SchemaDocument {

    static final String PATH = "/graphql/schema.graphql";

    @Inject
    Instance<GraphQLSchema> schema;

    private volatile Printed printed;

    private record Printed(Buffer body, String etag) {
    }

    void install(@Observes Router router) {
        router.get(PATH).order(-100).handler(this::serve);
    }

    private void serve(RoutingContext context) {
        Printed document = printed();
        context.response().putHeader("ETag", document.etag()).putHeader("Cache-Control", "public, max-age=300");
        if (EntityTag.matches(context.request().getHeader("If-None-Match"), document.etag())) {
            context.response().setStatusCode(304).end();
            return;
        }
        context.response().putHeader("Content-Type", "text/plain; charset=UTF-8").end(document.body());
    }

    private Printed printed() {
        Printed document = printed;
        if (document == null) {
            byte[] text = new SchemaPrinter().print(schema.get()).getBytes(StandardCharsets.UTF_8);
            document = new Printed(Buffer.buffer(text), EntityTag.of(text));
            printed = document;
        }
        return document;
    }
}
