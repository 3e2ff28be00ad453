package org.amuratlas.api.http;

import graphql.ErrorType;
import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.ParseAndValidate;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.CoercedVariables;
import graphql.execution.NonNullableValueCoercedAsNullException;
import graphql.execution.RawVariables;
import graphql.execution.UnknownOperationException;
import graphql.execution.ValuesResolver;
import graphql.language.Document;
import graphql.language.NodeUtil;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.schema.CoercingParseValueException;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Parses, validates and measures a GraphQL document before it is executed, so that a request error can be answered
 * with the status the GraphQL-over-HTTP spec asks for (SmallRye answers every error with 200) and every answer can
 * carry the query's cost.
 * <p>
 * The limits are SmallRye's own settings ({@code quarkus.smallrye-graphql.parser-max-tokens},
 * {@code ...instrumentation-query-depth}, {@code ...instrumentation-query-complexity}), applied here with
 * graphql-java's own parser, validator, depth rule and complexity calculator. The token limit SmallRye does not apply
 * as configured: it sets it on graphql-java's default parser options, while operations are parsed with the operation
 * parser options (whose default is 15,000 tokens). Its Int scalar is lenient too; {@link StrictIntegers} holds Int
 * arguments to the spec.
 */
@ApplicationScoped
public class DocumentChecker {

    /**
     * Parsed and validated documents met a second time, so that a document that keeps coming (e.g. with other
     * variables) is parsed and validated no more. Bounded
     * by the characters of the documents kept, since a parsed document grows with its text (about 40 bytes a token):
     * 256 K characters are a few hundred ordinary queries, and at most a few MB of heap.
     */
    private static final int KEPT_DOCUMENTS_MAX_CHARS = 262_144;
    private static final int KEPT_DOCUMENT_MAX_CHARS = 16_384;

    @Inject
    Instance<GraphQLSchema> schemaProducer;

    @ConfigProperty(name = "quarkus.smallrye-graphql.parser-max-tokens")
    int maxTokens;

    @ConfigProperty(name = "quarkus.smallrye-graphql.instrumentation-query-depth")
    int maxDepth;

    @ConfigProperty(name = "quarkus.smallrye-graphql.instrumentation-query-complexity")
    int maxComplexity;

    private volatile GraphQLSchema schema;
    private volatile ParserOptions parserOptions;

    private final Map<String, Document> validDocuments = new LinkedHashMap<>(64, 0.75f, true);
    /** A document is kept when it comes a second time: one-off documents are not kept at all. */
    private final SecondSight documents = new SecondSight(4096);
    private long keptChars;

    /**
     * Takes the schema at start, and gives graphql-java's operation parser the configured token limit, so
     * that any parse of an operation in this process (SmallRye's included) stops at the same limit.
     */
    void prepare(@Observes StartupEvent start) {
        schema();
        ParserOptions.setDefaultOperationParserOptions(parserOptions);
    }

    /**
     * Checks one request's document. Refuses a mutation sent over GET with a 405 (the spec's answer; this schema
     * has no mutations, but the rule protects any that come).
     */
    DocumentCheck check(GraphQLRequest request, boolean overGet, Locale locale) throws RequestRefused {
        GraphQLSchema schema = schema();
        Document document = keptDocument(request.query());
        if (document == null) {
            try {
                document = Parser.parse(ParserEnvironment.newParserEnvironment().document(request.query())
                        .parserOptions(parserOptions).locale(locale).build());
            } catch (InvalidSyntaxException e) {
                return DocumentCheck.refused(List.of(e.toInvalidSyntaxError()), null);
            }
            if (overGet) {
                refuseMutation(document, request.operationName());
            }
            List<ValidationError> invalid = ParseAndValidate.validate(schema, document, locale);
            if (!invalid.isEmpty()) {
                return DocumentCheck.refused(invalid, null);
            }
            keep(request.query(), document);
        } else if (overGet) {
            refuseMutation(document, request.operationName());
        }

        OperationDefinition operation;
        try {
            operation = NodeUtil.getOperation(document, request.operationName()).operationDefinition;
        } catch (UnknownOperationException e) {
            return DocumentCheck.refused(List.of(e), null);
        }
        Map<String, Object> rawVariables = plain(request.variables());
        List<GraphQLError> notInt = StrictIntegers.checkVariables(schema, operation, rawVariables);
        if (!notInt.isEmpty()) {
            return DocumentCheck.refused(notInt, null);
        }
        CoercedVariables variables;
        try {
            variables = ValuesResolver.coerceVariableValues(schema, operation.getVariableDefinitions(),
                    RawVariables.of(rawVariables), GraphQLContext.getDefault(), locale);
        } catch (CoercingParseValueException | NonNullableValueCoercedAsNullException e) {
            return DocumentCheck.refused(List.of((GraphQLError) e), null);
        }
        notInt = StrictIntegers.checkLiterals(schema, document, request.operationName(), variables);
        if (!notInt.isEmpty()) {
            return DocumentCheck.refused(notInt, null);
        }
        QueryCost cost = cost(schema, document, request.operationName(), variables);
        if (cost.tooDeep()) {
            return DocumentCheck.refused(List.of(aborted("maximum query depth exceeded " + cost.depth() + " > "
                    + cost.maxDepth())), cost);
        }
        if (cost.tooComplex()) {
            return DocumentCheck.refused(List.of(aborted("maximum query complexity exceeded " + cost.complexity()
                    + " > " + cost.maxComplexity())), cost);
        }
        return DocumentCheck.accepted(cost, document);
    }

    private static void refuseMutation(Document document, String operationName) throws RequestRefused {
        OperationDefinition operation;
        try {
            operation = NodeUtil.getOperation(document, operationName).operationDefinition;
        } catch (UnknownOperationException e) {
            return; // reported after validation, with the other request errors
        }
        if (operation.getOperation() != OperationDefinition.Operation.QUERY) {
            throw RequestRefused.status(405, "Only queries can be sent with GET; send a "
                    + operation.getOperation().name().toLowerCase(Locale.ROOT) + " with POST.", Map.of("Allow", "POST"));
        }
    }

    /**
     * Depth and complexity exactly as graphql-java's MaxQueryDepth/MaxQueryComplexity instrumentations count them
     * (complexity: one per field, none for {@code __typename}, as its QueryComplexityCalculator with
     * {@code 1 + childComplexity} sums it; depth: the deepest field), in one walk over the operation.
     */
    private QueryCost cost(GraphQLSchema schema, Document document, String operationName, CoercedVariables variables) {
        int[] complexityAndDepth = new int[2];
        QueryTraverser.newQueryTraverser().schema(schema).document(document).operationName(operationName)
                .coercedVariables(variables).build().visitPreOrder(new QueryVisitorStub() {
                    @Override
                    public void visitField(QueryVisitorFieldEnvironment field) {
                        if (!field.isTypeNameIntrospectionField()) {
                            complexityAndDepth[0]++;
                        }
                        complexityAndDepth[1] = Math.max(complexityAndDepth[1], fieldDepth(field));
                    }
                });
        return new QueryCost(complexityAndDepth[0], maxComplexity, complexityAndDepth[1], maxDepth);
    }

    private static int fieldDepth(QueryVisitorFieldEnvironment field) {
        int depth = 1;
        for (QueryVisitorFieldEnvironment parent = field.getParentEnvironment(); parent != null;
                parent = parent.getParentEnvironment()) {
            depth++;
        }
        return depth;
    }

    private static GraphQLError aborted(String message) {
        return GraphqlErrorBuilder.newError().message(message).errorType(ErrorType.ExecutionAborted).build();
    }

    private synchronized Document keptDocument(String query) {
        return validDocuments.get(query);
    }

    private synchronized void keep(String query, Document document) {
        if (query.length() > KEPT_DOCUMENT_MAX_CHARS || !documents.metBefore(query)
                || validDocuments.put(query, document) != null) {
            return;
        }
        keptChars += query.length();
        Iterator<String> eldest = validDocuments.keySet().iterator();
        while (keptChars > KEPT_DOCUMENTS_MAX_CHARS && eldest.hasNext()) {
            keptChars -= eldest.next().length();
            eldest.remove();
        }
    }

    private GraphQLSchema schema() {
        GraphQLSchema schema = this.schema;
        if (schema == null) {
            synchronized (this) {
                if (this.schema == null) {
                    // comments are not kept in the parsed document: parsed documents are kept for reuse (here
                    // and in SmallRye's query cache), and a comment is free text that no limit of tokens bounds
                    parserOptions = ParserOptions.getDefaultOperationParserOptions().transform(
                            options -> options.maxTokens(maxTokens).captureLineComments(false));
                    this.schema = schemaProducer.get();
                }
                schema = this.schema;
            }
        }
        return schema;
    }

    /** Vert.x JSON as the plain maps and lists graphql-java expects. */
    private static Map<String, Object> plain(JsonObject variables) {
        if (variables == null) {
            return Map.of();
        }
        Map<String, Object> map = new LinkedHashMap<>();
        variables.forEach(entry -> map.put(entry.getKey(), plainValue(entry.getValue())));
        return map;
    }

    private static Object plainValue(Object value) {
        if (value instanceof JsonObject object) {
            return plain(object);
        }
        if (value instanceof JsonArray array) {
            List<Object> list = new ArrayList<>(array.size());
            array.forEach(item -> list.add(plainValue(item)));
            return list;
        }
        return value;
    }
}
