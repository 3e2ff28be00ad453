package org.amuratlas.api.http;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.language.Document;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Hands the document that {@link DocumentChecker} has parsed and validated to graphql-java, so that it is not parsed
 * and validated again. SmallRye's own provider (its query cache) would parse and validate every new document twice
 * more: once to look the document up, once more to store it after validation.
 * <p>
 * The checked document travels in the request's GraphQL context under {@link #KEY}, and is used only for the
 * query text it was checked for. Any other execution (none in the application; tests may call SmallRye's service
 * directly) is parsed and validated by graphql-java as usual.
 */
final class CheckedDocuments implements PreparsedDocumentProvider {

    static final String KEY = CheckedDocuments.class.getName();

    /** A document checked for one query text. */
    record Checked(String query, Document document) {
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        Checked checked = input.getGraphQLContext().get(KEY);
        if (checked != null && checked.query().equals(input.getQuery())) {
            return CompletableFuture.completedFuture(new PreparsedDocumentEntry(checked.document()));
        }
        return CompletableFuture.completedFuture(parseAndValidate.apply(input));
    }
}
