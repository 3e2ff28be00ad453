package org.amuratlas.web;

import jakarta.ws.rs.BadRequestException;
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
            throw new BadRequestException("The parameter '" + name + "' must be a slug (lowercase letters, digits and hyphens).");
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
            throw new BadRequestException("The parameter '" + name + "' must be one of: "
                    + String.join(", ", Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList())
                    + ".");
        }
    }

    static Integer integer(String name, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed < min || parsed > max) {
                throw new BadRequestException("The parameter '" + name + "' must be between " + min + " and " + max + ".");
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new BadRequestException("The parameter '" + name + "' must be a whole number.");
        }
    }

    /** Words to look for; null if none. Too long a phrase is an InvalidQuery, which ErrorPages answers with a 400. */
    static Phrase phrase(String name, String value) {
        return Phrase.of(value, "The parameter '" + name + "'");
    }
}
