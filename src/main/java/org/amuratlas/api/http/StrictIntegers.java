package org.amuratlas.api.http;

import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldArgumentValueEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.CoercedVariables;
import graphql.execution.TypeFromAST;
import graphql.language.Document;
import graphql.language.IntValue;
import graphql.language.OperationDefinition;
import graphql.language.Value;
import graphql.language.VariableDefinition;
import graphql.language.VariableReference;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.util.TraversalControl;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Holds Int arguments to the GraphQL spec: a 32-bit signed integer, nothing else. SmallRye's Int scalar lets through
 * what graphql-java's own Int refuses: a variable {@code 1.5} (truncated), a literal or variable
 * {@code 99999999999} (its range check is broken, so the value wraps to 1215752191) and a string {@code "5"}.
 * This check runs after validation and before execution, over the document's literals and the request's variables.
 */
final class StrictIntegers {

    private static final BigInteger MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger MAX = BigInteger.valueOf(Integer.MAX_VALUE);

    private StrictIntegers() {
    }

    /** The request's variables: every value in an Int position is a 32-bit whole number. */
    static List<GraphQLError> checkVariables(GraphQLSchema schema, OperationDefinition operation,
            Map<String, Object> variables) {
        List<GraphQLError> errors = new ArrayList<>();
        for (VariableDefinition definition : operation.getVariableDefinitions()) {
            GraphQLType type = TypeFromAST.getTypeFromAST(schema, definition.getType());
            if (type instanceof GraphQLInputType inputType && variables.containsKey(definition.getName())) {
                checkVariable(inputType, variables.get(definition.getName()), "$" + definition.getName(), definition,
                        errors);
            }
        }
        return errors;
    }

    /** The document's literal arguments, in the operation that runs: every Int is a 32-bit whole number. */
    static List<GraphQLError> checkLiterals(GraphQLSchema schema, Document document, String operationName,
            CoercedVariables variables) {
        List<GraphQLError> errors = new ArrayList<>();
        QueryTraverser.newQueryTraverser().schema(schema).document(document).operationName(operationName)
                .coercedVariables(variables).build()
                .visitPreOrder(new QueryVisitorStub() {
                    @Override
                    public TraversalControl visitArgumentValue(QueryVisitorFieldArgumentValueEnvironment env) {
                        checkLiteral(env.getArgumentInputValue().getInputType(),
                                env.getArgumentInputValue().getValue(), env.getArgumentInputValue().getName(),
                                errors);
                        return TraversalControl.CONTINUE;
                    }
                });
        return errors;
    }

    private static void checkLiteral(GraphQLInputType type, Value<?> value, String name, List<GraphQLError> errors) {
        if (value == null || value instanceof VariableReference || !isInt(unwrap(type))) {
            return;
        }
        if (!(value instanceof IntValue integer) || !inRange(integer.getValue())) {
            errors.add(GraphqlErrorBuilder.newError().location(value.getSourceLocation())
                    .message("Argument '%s' must be an Int, a whole number from %d to %d; %s is not.", name,
                            Integer.MIN_VALUE, Integer.MAX_VALUE, literalText(value))
                    .errorType(ErrorType.ValidationError).extensions(Map.of("code", "BAD_ARGUMENT")).build());
        }
    }

    private static void checkVariable(GraphQLInputType type, Object value, String path, VariableDefinition definition,
            List<GraphQLError> errors) {
        if (value == null) {
            return; // null and missing values are graphql-java's to judge
        }
        if (type instanceof GraphQLNonNull nonNull) {
            checkVariable((GraphQLInputType) nonNull.getWrappedType(), value, path, definition, errors);
        } else if (type instanceof GraphQLList list) {
            GraphQLInputType element = (GraphQLInputType) list.getWrappedType();
            if (value instanceof List<?> values) {
                for (int i = 0; i < values.size(); i++) {
                    checkVariable(element, values.get(i), path + "[" + i + "]", definition, errors);
                }
            } else {
                checkVariable(element, value, path, definition, errors);
            }
        } else if (type instanceof GraphQLInputObjectType object && value instanceof Map<?, ?> fields) {
            for (GraphQLInputObjectField field : object.getFieldDefinitions()) {
                checkVariable(field.getType(), fields.get(field.getName()), path + "." + field.getName(), definition,
                        errors);
            }
        } else if (isInt(type) && !isInt32(value)) {
            errors.add(GraphqlErrorBuilder.newError().location(definition.getSourceLocation())
                    .message("Variable '%s' must be an Int, a whole number from %d to %d; %s is not.", path,
                            Integer.MIN_VALUE, Integer.MAX_VALUE, value instanceof String ? "\"" + value + "\"" : value)
                    .errorType(ErrorType.ValidationError).extensions(Map.of("code", "BAD_ARGUMENT")).build());
        }
    }

    private static boolean isInt32(Object value) {
        if (!(value instanceof Number number) || value instanceof Float || value instanceof Double
                && !Double.isFinite(number.doubleValue())) {
            return false;
        }
        try {
            return inRange(new BigDecimal(number.toString()).toBigIntegerExact());
        } catch (ArithmeticException | NumberFormatException notWhole) {
            return false;
        }
    }

    private static boolean inRange(BigInteger value) {
        return value.compareTo(MIN) >= 0 && value.compareTo(MAX) <= 0;
    }

    private static GraphQLType unwrap(GraphQLType type) {
        GraphQLType unwrapped = type;
        while (unwrapped instanceof GraphQLNonNull || unwrapped instanceof GraphQLList) {
            unwrapped = unwrapped instanceof GraphQLNonNull nonNull ? nonNull.getWrappedType()
                    : ((GraphQLList) unwrapped).getWrappedType();
        }
        return unwrapped;
    }

    private static boolean isInt(GraphQLType type) {
        return type instanceof GraphQLScalarType scalar && scalar.getName().equals("Int");
    }

    private static String literalText(Value<?> value) {
        return graphql.language.AstPrinter.printAst(value);
    }
}
