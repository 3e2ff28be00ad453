package org.amuratlas.api.http;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;

/**
 * Writes an answer without errors ({@code {"data": …, "extensions": {"cost": …, "language": …}}}) straight from graphql-java's
 * result to UTF-8 bytes. SmallRye's writer first copies the whole result into a tree of jakarta.json values, and the
 * cost was then added by copying that tree again: together about a fifth of the CPU time of a catalogue query. The
 * answer is written once into a buffer its thread keeps, and copied once (a text, then its bytes, took four times
 * the answer's size in garbage). The bytes are the same (values written as Parsson writes them; {@code DataJsonTest}
 * compares them, {@code AnswersAlikeTest} on every example query), so ETags do not change. Answers with errors still go through SmallRye's writer, which
 * formats errors as configured.
 */
final class DataJson {

    /** Answers at most this long keep their thread's buffer for the next one; a longer one's buffer is let go. */
    private static final int KEPT_BUFFER_BYTES = 1 << 20;

    /** One buffer per thread: the answer is written once as UTF-8 and copied once, at its exact length. */
    private static final ThreadLocal<Utf8> BUFFERS = ThreadLocal.withInitial(Utf8::new);

    private DataJson() {
    }

    /**
     * The answer as UTF-8 bytes, or null when the data holds a value this writer does not know (SmallRye's writer
     * then).
     */
    static byte[] answer(Object data, QueryCost cost, String language) {
        Utf8 json = BUFFERS.get().reset();
        json.ascii("{\"data\":");
        if (!value(json, data)) {
            return null;
        }
        if (cost != null || language != null) {
            json.ascii(",\"extensions\":{");
            if (cost != null) {
                json.ascii("\"cost\":{\"complexity\":").ascii(Integer.toString(cost.complexity()))
                        .ascii(",\"maxComplexity\":").ascii(Integer.toString(cost.maxComplexity()))
                        .ascii(",\"depth\":").ascii(Integer.toString(cost.depth()))
                        .ascii(",\"maxDepth\":").ascii(Integer.toString(cost.maxDepth())).ascii("}");
            }
            if (language != null) {
                json.ascii(cost != null ? "," : "").ascii("\"language\":");
                string(json, language);
            }
            json.ascii("}");
        }
        return json.ascii("}").copy();
    }

    private static boolean value(Utf8 json, Object value) {
        if (value == null) {
            json.ascii("null");
        } else if (value instanceof String text) {
            string(json, text);
        } else if (value instanceof Map<?, ?> object) {
            json.ascii("{");
            boolean first = true;
            for (Map.Entry<?, ?> member : object.entrySet()) {
                if (!(member.getKey() instanceof String name)) {
                    return false;
                }
                if (!first) {
                    json.ascii(",");
                }
                first = false;
                string(json, name);
                json.ascii(":");
                if (!value(json, member.getValue())) {
                    return false;
                }
            }
            json.ascii("}");
        } else if (value instanceof Collection<?> list) {
            json.ascii("[");
            boolean first = true;
            for (Object item : list) {
                if (!first) {
                    json.ascii(",");
                }
                first = false;
                if (!value(json, item)) {
                    return false;
                }
            }
            json.ascii("]");
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long
                || value instanceof Short || value instanceof Byte || value instanceof BigInteger
                || value instanceof BigDecimal) {
            json.ascii(value.toString());
        } else if (value instanceof Double number) {
            if (number.isNaN() || number.isInfinite()) {
                return false;
            }
            json.ascii(BigDecimal.valueOf(number).toString()); // as Parsson writes a double
        } else if (value instanceof Float number) {
            if (number.isNaN() || number.isInfinite()) {
                return false;
            }
            json.ascii(new BigDecimal(String.valueOf(number)).toString()); // as SmallRye converts a float
        } else if (value instanceof Enum<?> constant) {
            string(json, constant.name());
        } else {
            return false;
        }
        return true;
    }

    /** A JSON string as Parsson escapes it: quote, backslash and control characters; everything else as it is. */
    private static void string(Utf8 json, String text) {
        json.ascii("\"");
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            json.text(text, start, i);
            start = i + 1;
            switch (c) {
                case '"' -> json.ascii("\\\"");
                case '\\' -> json.ascii("\\\\");
                case '\b' -> json.ascii("\\b");
                case '\f' -> json.ascii("\\f");
                case '\n' -> json.ascii("\\n");
                case '\r' -> json.ascii("\\r");
                case '\t' -> json.ascii("\\t");
                default -> json.ascii("\\u00").ascii(Character.forDigit(c >> 4, 16))
                        .ascii(Character.forDigit(c & 0xF, 16));
            }
        }
        json.text(text, start, text.length()).ascii("\"");
    }

    /** A growing byte buffer written in UTF-8, as {@code String.getBytes(UTF_8)} encodes (a lone surrogate: '?'). */
    static final class Utf8 {

        private byte[] bytes = new byte[16_384];
        private int size;

        Utf8 reset() {
            if (bytes.length > KEPT_BUFFER_BYTES) {
                bytes = new byte[16_384];
            }
            size = 0;
            return this;
        }

        /** Text known to be ASCII (JSON punctuation, numbers). */
        Utf8 ascii(String ascii) {
            int length = ascii.length();
            room(length);
            for (int i = 0; i < length; i++) {
                bytes[size++] = (byte) ascii.charAt(i);
            }
            return this;
        }

        Utf8 ascii(char ascii) {
            room(1);
            bytes[size++] = (byte) ascii;
            return this;
        }

        Utf8 text(String text, int from, int to) {
            room((to - from) * 3);
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (c < 0x80) {
                    bytes[size++] = (byte) c;
                } else if (c < 0x800) {
                    bytes[size++] = (byte) (0xC0 | c >> 6);
                    bytes[size++] = (byte) (0x80 | c & 0x3F);
                } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
                    int codePoint = Character.toCodePoint(c, text.charAt(++i));
                    bytes[size++] = (byte) (0xF0 | codePoint >> 18);
                    bytes[size++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
                    bytes[size++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
                    bytes[size++] = (byte) (0x80 | codePoint & 0x3F);
                } else if (Character.isSurrogate(c)) {
                    bytes[size++] = '?';
                } else {
                    bytes[size++] = (byte) (0xE0 | c >> 12);
                    bytes[size++] = (byte) (0x80 | c >> 6 & 0x3F);
                    bytes[size++] = (byte) (0x80 | c & 0x3F);
                }
            }
            return this;
        }

        byte[] copy() {
            return Arrays.copyOf(bytes, size);
        }

        private void room(int more) {
            if (size + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
            }
        }
    }
}
