package org.amuratlas.api.http;

import io.vertx.core.buffer.Buffer;

/**
 * A GraphQL response body ready to send.
 *
 * @param body the JSON bytes
 * @param contentLanguage the languages its texts were read in, as {@code Content-Language} states them; null when
 *        nothing was read
 * @param hasData whether the body has a {@code data} entry (without one, application/graphql-response+json needs a 4xx)
 * @param cacheable whether the same request will always get the same body while the process runs
 */
record GraphQLAnswer(Buffer body, String contentLanguage, boolean hasData, boolean cacheable) {
}
