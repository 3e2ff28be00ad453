package org.amuratlas.ops;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * The application's entry point (the packaged jar and the native executable): bounds SmallRye GraphQL's cache of
 * parsed documents before starting Quarkus.
 * <p>
 * SmallRye keeps up to 2,048 parsed documents, keyed by their full text, and reads its bound from a system property
 * once, when its query cache class loads; no Quarkus setting reaches it. A parsed document takes about 40 bytes a
 * token, so 2,048 documents of the 5,000 tokens the parser allows would need some 400 MB, six times the container's
 * 64 MB heap: unique documents (a client that puts a counter in a query) could fill it. 32 of them take at most
 * about 7 MB and still keep the few documents a browser app sends over and over (repeated requests are answered from
 * the API's response cache before they reach SmallRye). Operators may pass their own
 * {@code -Dio.smallrye.graphql.execution.queryCacheMaxSize=N}.
 */
@QuarkusMain
public final class AtlasMain {

    static final String QUERY_CACHE_MAX_SIZE = "io.smallrye.graphql.execution.queryCacheMaxSize";
    static final String PARSED_DOCUMENTS_KEPT = "32";

    private AtlasMain() {
    }

    public static void main(String... args) {
        if (System.getProperty(QUERY_CACHE_MAX_SIZE) == null) {
            System.setProperty(QUERY_CACHE_MAX_SIZE, PARSED_DOCUMENTS_KEPT);
        }
        Quarkus.run(args);
    }
}
