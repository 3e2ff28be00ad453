package org.amuratlas.opendata;

import java.util.LinkedHashMap;
import java.util.Map;

/** Reads one BibTeX entry as a reference manager would: type, key, and fields with brace-balanced values. */
final class BibTexReader {

    record Entry(String type, String key, Map<String, String> fields) {
    }

    private BibTexReader() {
    }

    static Entry parse(String bib) {
        String text = bib.strip();
        if (!text.startsWith("@") || !text.endsWith("}")) {
            throw new IllegalArgumentException("not one entry: " + bib);
        }
        int open = text.indexOf('{');
        String type = text.substring(1, open);
        int comma = text.indexOf(',', open);
        String key = text.substring(open + 1, comma).strip();
        Map<String, String> fields = new LinkedHashMap<>();
        int i = comma + 1;
        while (true) {
            int equals = text.indexOf('=', i);
            if (equals < 0) {
                break;
            }
            String name = text.substring(i, equals).strip().replace(",", "").strip();
            int start = equals + 1;
            while (Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            int end;
            String value;
            if (text.charAt(start) == '{') {
                int depth = 0;
                end = start;
                do {
                    char c = text.charAt(end);
                    if (c == '\\') {
                        end++; // an escaped character never opens or closes a group
                    } else if (c == '{') {
                        depth++;
                    } else if (c == '}') {
                        depth--;
                    }
                    end++;
                } while (depth > 0);
                value = text.substring(start + 1, end - 1);
            } else {
                end = start;
                while (end < text.length() && text.charAt(end) != ',' && text.charAt(end) != '\n') {
                    end++;
                }
                value = text.substring(start, end).strip();
            }
            if (fields.put(name, value) != null) {
                throw new IllegalArgumentException("field twice: " + name);
            }
            i = end;
            if (text.substring(i).strip().equals("}")) {
                break;
            }
        }
        return new Entry(type, key, fields);
    }

    /** The printed text of an escaped field: LaTeX's escapes undone, grouping braces dropped. */
    static String unescape(String value) {
        return value.replace("\\textbackslash{}", "\u0000").replace("\\textasciicircum{}", "^")
                .replace("\\textasciitilde{}", "~").replace("\\{", "\u0002").replace("\\}", "\u0003")
                .replaceAll("\\\\([%&$#_])", "$1").replace("{", "").replace("}", "")
                .replace("\u0002", "{").replace("\u0003", "}").replace("\u0000", "\\");
    }
}
