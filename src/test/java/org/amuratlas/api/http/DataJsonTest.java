package org.amuratlas.api.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import graphql.ExecutionResultImpl;
import io.smallrye.graphql.execution.ExecutionResponse;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The direct writer gives the same text as SmallRye's writer, character for character, for every kind of value a
 * GraphQL result holds; what it does not know, it leaves to SmallRye. (AnswersAlikeTest compares the two on every
 * example query of the running API.)
 */
class DataJsonTest {

    private static final QueryCost COST = new QueryCost(20, 1000, 5, 15);

    @Test
    void writesEveryKindOfValueAsSmallRyeDoes() {
        Map<String, Object> project = new LinkedHashMap<>();
        project.put("slug", "power-of-siberia");
        project.put("nameZh", "中俄东线天然气管道");
        project.put("nameRu", "«Сила Сибири»");
        project.put("escapes", "quote \" backslash \\ slash / tab \t newline \n return \r bell \u0007 nul \u0000 "
                + "unit \u001f del \u007f line \u2028 paragraph \u2029 emoji \uD83C\uDF0F lone \uD83C high"
                + " lone \uDF0F low, and at the end \uD83C");
        project.put("capacity", 38.0);
        project.put("small", 0.1);
        project.put("tiny", 1.0E-7);
        project.put("large", 1.5E10);
        project.put("negativeZero", -0.0);
        project.put("float", 2.5f);
        project.put("count", 48);
        project.put("long", 9_007_199_254_740_993L);
        project.put("short", (short) 7);
        project.put("big", new BigInteger("123456789012345678901234567890"));
        project.put("decimal", new BigDecimal("181.90"));
        project.put("yes", true);
        project.put("no", false);
        project.put("none", null);
        project.put("status", Thread.State.RUNNABLE);
        project.put("empty", List.of());
        project.put("emptyObject", Map.of());
        project.put("places", new ArrayList<>(Arrays.asList(Map.of("slug", "heihe"), null, "x", 3)));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("project", project);
        data.put("nested", List.of(List.of(1, 2), List.of()));

        for (QueryCost cost : new QueryCost[] {COST, null}) {
            for (String language : new String[] {"ru", "en, zh-Hans", null}) {
                ExecutionResponse response = new ExecutionResponse(ExecutionResultImpl.newExecutionResult().data(data)
                        .build());
                assertArrayEquals(GraphQLResponses.bySmallRye(response, cost, language).getBytes(),
                        DataJson.answer(data, cost, language), "the same UTF-8 bytes");
            }
        }
    }

    @Test
    void aLongAnswerIsWrittenWholeAndTheNextOneAfterItToo() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 40_000; i++) {
            names.add("Благовещенск 布拉戈维申斯克 " + i);
        }
        Map<String, Object> data = Map.of("names", names);
        for (Map<String, Object> each : List.of(data, Map.<String, Object>of("one", "Хэйхэ"), data)) {
            ExecutionResponse response = new ExecutionResponse(ExecutionResultImpl.newExecutionResult().data(each)
                    .build());
            assertArrayEquals(GraphQLResponses.bySmallRye(response, COST, "ru").getBytes(),
                    DataJson.answer(each, COST, "ru"));
        }
    }

    @Test
    void leavesToSmallRyeWhatItDoesNotKnow() {
        assertNull(DataJson.answer(Map.of("when", java.time.LocalDate.of(2019, 12, 2)), COST, "en"));
        assertNull(DataJson.answer(Map.of("nan", Double.NaN), COST, "en"));
        assertNull(DataJson.answer(Map.of("x", Map.of(1, "key not a string")), COST, "en"));
    }
}
