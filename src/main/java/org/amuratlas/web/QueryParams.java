package org.amuratlas.web;

import java.util.Arrays;
import java.util.Locale;

/** Parses optional query parameters, turning malformed values into a 400 with a message the reader can act on. */
final class QueryParams {

    private static final int MAX_TEXT = 200;

    private QueryParams() {
    }

    static String slug(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.matches("[a-z0-9]+(-[a-z0-9]+)*") || value.length() > 100) {
            throw BadParameter.slug(name);
        }
        return value;
    }

    static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw BadParameter.choice(name,
                    Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList());
        }
    }

    static Integer integer(String name, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed < min || parsed > max) {
                throw BadParameter.range(name, min, max);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw BadParameter.wholeNumber(name);
        }
    }

    static String text(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw BadParameter.tooLong(name, MAX_TEXT);
        }
        return value.trim();
    }
}
