package org.amuratlas.read;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The read model lives in the container's 64 MB heap beside the page cache, so its size is watched: the objects
 * reachable from the three atlases, counted with the JVM's usual layout (12-byte headers, 4-byte references, 8-byte
 * alignment; enums and classes are shared and not counted).
 */
@QuarkusTest
class ReadModelFootprintTest {

    /** A generous bound: 0.72 MB measured for the dataset of November 2026, before any translation rows. */
    private static final long BOUND = 8L * 1024 * 1024;

    @Inject
    Reads reads;

    @Test
    void theReadModelOfAllThreeLanguagesIsSmall() throws IllegalAccessException {
        Set<Object> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        long bytes = 0;
        for (Language language : Language.values()) {
            bytes += size(reads.in(language), seen);
        }
        System.out.printf("read model: %d objects, %.2f MB%n", seen.size(), bytes / 1048576.0);
        assertTrue(bytes < BOUND, "the read model takes " + bytes + " bytes");
    }

    private static long size(Object root, Set<Object> seen) throws IllegalAccessException {
        if (root == null || root instanceof Enum<?> || root instanceof Class<?> || !seen.add(root)) {
            return 0;
        }
        if (root instanceof String text) {
            boolean latin1 = text.chars().allMatch(c -> c < 256);
            return 24 + align(16 + (long) text.length() * (latin1 ? 1 : 2));
        }
        if (root instanceof Integer || root instanceof Boolean) {
            return 16;
        }
        if (root instanceof BigDecimal || root instanceof LocalDate) {
            return 40;
        }
        if (root instanceof Collection<?> items) {
            long total = align(16 + 16 + 4L * items.size()); // the collection and its backing array
            for (Object item : items) {
                total += size(item, seen);
            }
            return total;
        }
        if (root instanceof Map<?, ?> map) {
            long total = align(16 + 16 + 8L * map.size()) + 24L * map.size();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                total += size(entry.getKey(), seen) + size(entry.getValue(), seen);
            }
            return total;
        }
        long shallow = 12;
        long reachable = 0;
        for (Class<?> type = root.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                shallow += field.getType().isPrimitive() ? primitiveSize(field.getType()) : 4;
                if (!field.getType().isPrimitive()) {
                    field.setAccessible(true);
                    reachable += size(field.get(root), seen);
                }
            }
        }
        return align(shallow) + reachable;
    }

    private static long primitiveSize(Class<?> type) {
        return type == long.class || type == double.class ? 8 : type == boolean.class || type == byte.class ? 1 : 4;
    }

    private static long align(long bytes) {
        return (bytes + 7) / 8 * 8;
    }
}
