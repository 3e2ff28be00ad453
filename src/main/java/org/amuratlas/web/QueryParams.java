package org.amuratlas.web;

import java.util.Arrays;
import java.util.Locale;
import org.amuratlas.read.Phrase;

/** Parses optional query parameters, turning malformed values into a 400 with a message the reader can act on. */
final class QueryParams {


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

    /**
     * Words to look for; null if none. Too long a phrase is a 400 in the reader's language (BadParameter), checked
     * here against the read layer's own limit so that the page and the API agree on it.
     */
    static Phrase phrase(String name, String value) {
        if (value != null && value.length() > Phrase.MAX_LENGTH) {
            throw BadParameter.tooLong(name, Phrase.MAX_LENGTH);
        }
        return Phrase.of(value, "The parameter '" + name + "'");
    }
}
