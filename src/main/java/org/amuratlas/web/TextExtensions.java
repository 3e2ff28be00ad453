package org.amuratlas.web;

import io.quarkus.qute.TemplateExtension;
import java.util.Arrays;
import java.util.List;
import org.amuratlas.read.LocalizedText;

/** Text helpers for templates. */
@TemplateExtension
public class TextExtensions {

    /** Splits editorial text into paragraphs at blank lines. */
    static List<String> paragraphs(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R\\s*\\R")).map(String::trim).filter(p -> !p.isEmpty()).toList();
    }

    /** Splits a record's text into paragraphs at blank lines. */
    static List<String> paragraphs(LocalizedText text) {
        return text == null ? List.of() : paragraphs(text.text());
    }

    /** Lower-case, hyphenated form of an enum name, for CSS classes and query values. */
    static String key(Enum<?> value) {
        return value.name().toLowerCase();
    }
}
