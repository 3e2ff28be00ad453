package org.amuratlas.api.http;

import org.amuratlas.ops.EntityTag;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.amuratlas.api.ApiAtlas;
import org.amuratlas.i18n.LanguageDecision;
import org.amuratlas.read.Language;
import org.amuratlas.api.http.GraphQLResponseCache.CachedAnswer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The HTTP face of the GraphQL API: a route in front of SmallRye's /graphql handler that takes every GET and POST.
 * <ol>
 * <li>checks the transport (media types, JSON body, parameter types) and answers what is wrong with a 4xx;</li>
 * <li>resolves Automatic Persisted Queries ({@link PersistedQueries});</li>
 * <li>answers a repeated query from the {@link GraphQLResponseCache}, on the event loop;</li>
 * <li>otherwise, on a worker thread: checks the document ({@link DocumentChecker}: parse, validate, cost) and
 * executes it with SmallRye ({@link GraphQLExecution});</li>
 * <li>writes the answer with GraphQL-over-HTTP status codes, the cost in {@code extensions.cost}, the languages
 * of its texts in {@code extensions.language} and {@code Content-Language}, and for GET an ETag and Cache-Control
 * (If-None-Match gives 304).</li>
 * </ol>
 */
@ApplicationScoped
public class GraphQLEndpoint {

    private static final Logger LOG = Logger.getLogger(GraphQLEndpoint.class);
    private static final String PATH = "/graphql";

    @Inject
    PersistedQueries persistedQueries;

    @Inject
    DocumentChecker documentChecker;

    @Inject
    GraphQLExecution execution;

    @Inject
    GraphQLResponseCache cache;

    @Inject
    QueryAdmission admission;

    /**
     * The longest document taken, in characters (a hand-written query is rarely over 4,000; GraphiQL's
     * introspection query is about 2,500; 5,000 tokens, the parser's limit, fit in about 25,000). Documents are kept
     * for reuse, here and in SmallRye, so their size is bounded before they are parsed: comments and string literals
     * are free text that no limit of tokens bounds.
     */
    @ConfigProperty(name = "atlas.graphql.max-document-chars", defaultValue = "32768")
    int maxDocumentChars;

    @ConfigProperty(name = "atlas.graphql.max-age", defaultValue = "300")
    int maxAgeSeconds;

    @ConfigProperty(name = "atlas.graphql.stale-while-revalidate", defaultValue = "86400")
    int staleWhileRevalidateSeconds;

    @ConfigProperty(name = "atlas.graphql.max-body-bytes", defaultValue = "1048576")
    int maxBodyBytes;

    /** With a list of origins, Quarkus echoes the request's Origin, so a shared cache must key on it. */
    @ConfigProperty(name = "quarkus.http.cors.origins", defaultValue = "*")
    String corsOrigins;

    /**
     * Threads that execute GraphQL documents: by default one per processor the JVM sees (a container's CPU limit).
     * Execution is CPU-bound on the in-memory read model, so more threads only hold more half-built answers at once:
     * with the 8 page workers, 64 connections of one-off catalogue documents kept the 64 MB heap in a full
     * collection a quarter of the time; with 2 on 2 cores, the same load ran at 1.2 times the rate (README,
     * Performance). Queries beyond these wait as small queued requests, at most {@code atlas.graphql.max-pending}.
     */
    @ConfigProperty(name = "atlas.graphql.workers")
    java.util.Optional<Integer> workers;

    private WorkerExecutor executors;

    void install(@Observes Router router, Vertx vertx) {
        int threads = workers.orElse(Runtime.getRuntime().availableProcessors());
        executors = vertx.createSharedWorkerExecutor("atlas-graphql", Math.max(1, threads));
        // before SmallRye's own route for the same path, which then only sees what this one passes on
        router.post(PATH).order(-120).handler(BodyHandler.create(false).setBodyLimit(maxBodyBytes));
        router.route(PATH).order(-110).method(HttpMethod.GET).method(HttpMethod.POST).handler(this::handle);
    }

    private void handle(RoutingContext http) {
        ResponseMediaType mediaType = ResponseMediaType.negotiate(http.request().getHeader(HttpHeaders.ACCEPT));
        if (mediaType == null) {
            sendRefusal(http, ResponseMediaType.JSON, RequestRefused.status(406, "The API answers with"
                    + " application/graphql-response+json or application/json; the Accept header allows neither.",
                    Map.of()));
            return;
        }
        boolean overGet = http.request().method() == HttpMethod.GET;
        Locale language = LanguageDecision.decide(null, http.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE))
                .language().locale();
        GraphQLRequest request;
        boolean registerDocument;
        try {
            request = GraphQLRequestReader.read(http);
            registerDocument = request.persistedQueryHash() != null && request.query() != null;
            request = resolvePersistedQuery(request);
            if (request.query().length() > maxDocumentChars) {
                throw RequestRefused.status(413, "The GraphQL document is " + request.query().length()
                        + " characters long; the API takes documents of up to " + maxDocumentChars
                        + " characters.", Map.of());
            }
        } catch (RequestRefused refusal) {
            sendRefusal(http, mediaType, refusal);
            return;
        }
        String key = GraphQLResponseCache.key(request, language.getLanguage());
        CachedAnswer kept = cache.find(key);
        if (kept != null) {
            if (registerDocument) {
                persistedQueries.register(request.persistedQueryHash(), request.query()); // it was valid
            }
            send(http, mediaType, overGet, 200, kept.body(), kept.etag(), kept.contentLanguage(), true);
            return;
        }
        // the one place the language is settled; resolvers that read the header see the same
        http.request().headers().set(HttpHeaders.ACCEPT_LANGUAGE, language.toLanguageTag());
        Language.fromTag(language.getLanguage()).ifPresent(settled -> http.put(ApiAtlas.LANGUAGE, settled));
        if (!admission.tryEnter()) {
            sendRefusal(http, mediaType, RequestRefused.status(503, "The API is answering "
                    + admission.maxPending() + " queries already; retry in a second.", Map.of("Retry-After", "1")));
            return;
        }
        GraphQLRequest checked = request;
        executors.executeBlocking(() -> answer(http, checked, overGet, language, registerDocument), false)
                .compose(answer -> Future.fromCompletionStage(answer, http.vertx().getOrCreateContext()))
                .onComplete(done -> {
                    admission.leave();
                    if (done.failed()) {
                        LOG.error("GraphQL request failed", done.cause());
                        sendInternalError(http);
                        return;
                    }
                    Outcome outcome = done.result();
                    if (outcome.refusal() != null) {
                        sendRefusal(http, mediaType, outcome.refusal());
                    } else if (outcome.answer() != null) {
                        GraphQLAnswer answer = outcome.answer();
                        String etag = answer.cacheable()
                                ? cache.keep(key, answer.body(), answer.contentLanguage()).etag() : null;
                        int status = answer.hasData() || mediaType == ResponseMediaType.JSON ? 200 : 400;
                        send(http, mediaType, overGet, status, answer.body(), etag, answer.contentLanguage(),
                                answer.cacheable());
                    }
                });
    }

    /** What a worker thread found: a refusal before the document was looked at, or an answer; neither if the client left. */
    private record Outcome(RequestRefused refusal, GraphQLAnswer answer) {
    }

    /** On a worker thread: checks the document, then executes it. */
    private CompletionStage<Outcome> answer(RoutingContext http, GraphQLRequest request, boolean overGet,
            Locale language, boolean registerDocument) {
        if (http.response().closed()) {
            return CompletableFuture.completedFuture(new Outcome(null, null)); // the client hung up while queued
        }
        DocumentCheck check;
        try {
            check = documentChecker.check(request, overGet, language);
        } catch (RequestRefused refusal) {
            return CompletableFuture.completedFuture(new Outcome(refusal, null));
        }
        if (!check.isAccepted()) {
            return CompletableFuture.completedFuture(
                    new Outcome(null, GraphQLResponses.refused(check.errors(), check.cost())));
        }
        if (registerDocument) {
            persistedQueries.register(request.persistedQueryHash(), request.query());
        }
        return execution.execute(request, check, language, http).thenApply(answer -> new Outcome(null, answer));
    }

    private GraphQLRequest resolvePersistedQuery(GraphQLRequest request) throws RequestRefused {
        String hash = request.persistedQueryHash();
        if (hash == null) {
            return request;
        }
        if (request.query() != null) {
            if (!PersistedQueries.sha256Hex(request.query()).equals(hash)) {
                throw RequestRefused.persistedQueryHashMismatch();
            }
            return request;
        }
        String document = persistedQueries.find(hash);
        if (document == null) {
            throw RequestRefused.persistedQueryNotFound();
        }
        return request.withQuery(document);
    }

    private void send(RoutingContext http, ResponseMediaType mediaType, boolean overGet, int status, Buffer body,
            String etag, String contentLanguage, boolean cacheable) {
        HttpServerResponse response = http.response();
        if (response.closed() || response.ended()) {
            return;
        }
        if (contentLanguage != null) {
            response.putHeader(HttpHeaders.CONTENT_LANGUAGE, contentLanguage);
        }
        response.putHeader(HttpHeaders.VARY, "*".equals(corsOrigins.trim())
                ? "Accept, Accept-Language" : "Accept, Accept-Language, Origin");
        if (overGet && cacheable && etag != null) {
            response.putHeader(HttpHeaders.ETAG, etag).putHeader(HttpHeaders.CACHE_CONTROL, "public, max-age="
                    + maxAgeSeconds + ", stale-while-revalidate=" + staleWhileRevalidateSeconds);
            if (EntityTag.matches(http.request().getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
                response.setStatusCode(304).end();
                return;
            }
        } else {
            response.putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        response.setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, mediaType.contentType()).end(body);
    }

    private void sendRefusal(RoutingContext http, ResponseMediaType mediaType, RequestRefused refusal) {
        if (http.response().closed() || http.response().ended()) {
            return;
        }
        refusal.headers().forEach(http.response()::putHeader);
        send(http, mediaType, false, refusal.status(mediaType), GraphQLResponses.refused(refusal), null, null,
                false);
    }

    private void sendInternalError(RoutingContext http) {
        if (!http.response().closed() && !http.response().ended()) {
            http.response().setStatusCode(500).putHeader(HttpHeaders.CONTENT_TYPE, "application/json; charset=UTF-8")
                    .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                    .end("{\"errors\":[{\"message\":\"Internal error while answering the query\"}]}");
        }
    }
}
