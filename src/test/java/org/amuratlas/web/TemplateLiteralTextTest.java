package org.amuratlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No reader-facing word is written into a template: every one comes from the message bundles ({@code {msg:…}}) or
 * from the data ({@code {…}}), in the manner of Spring PetClinic's I18nPropertiesSyncTest.checkNonInternationalizedStrings.
 * Checked are the text between tags and the attributes a reader or a screen reader meets (alt, title, aria-label,
 * placeholder, the meta description). Punctuation that differs between the languages (the colon, commas and
 * semicolons between items, parentheses, quotation marks, the range dash) must come from the bundles too: Chinese
 * writes them full width, Russian quotes with «».
 */
class TemplateLiteralTextTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    /**
     * Words that are the same in every language: names of formats and standards (CSV, DOI) and of the API and its
     * technology (API, GraphQL), and of the citation formats (BibTeX, RIS, CSL-JSON), which readers of all three languages know in Latin letters.
     */
    private static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of("API", "GraphQL", "CSV", "DOI", "BibTeX", "RIS",
            "CSL-JSON");

    /** Separators every language writes alike: the middle dot between items, the em dash, the breadcrumb arrow, the note asterisk. */
    private static final Pattern LANGUAGE_PUNCTUATION = Pattern.compile("[:;,()“”‘’«»\"–]");

    private static final Pattern QUTE_COMMENT = Pattern.compile("(?s)\\{!.*?!}");
    private static final Pattern HTML_COMMENT = Pattern.compile("(?s)<!--.*?-->");
    private static final Pattern QUTE_EXPRESSION = Pattern.compile("\\{[^{}]*}");
    private static final Pattern TAG = Pattern.compile("<[^<>]*>");
    private static final Pattern READER_ATTRIBUTE = Pattern.compile(
            "\\s(alt|title|aria-label|placeholder|content)=\"([^\"]*)\"");
    /** Stands for an expression once removed, so that what is left around it shows. */
    private static final String EXPRESSION = "\u0001";

    @Test
    void templatesHoldNoLiteralReaderFacingText() throws IOException {
        List<String> findings = new ArrayList<>();
        for (Path template : templates()) {
            findings.addAll(literals(TEMPLATES.relativize(template).toString(), Files.readString(template, StandardCharsets.UTF_8)));
        }
        assertEquals(List.of(), findings, "literal text in templates: move it into AtlasMessages and msg_*.properties");
    }

    @Test
    void theScanFindsWordsPunctuationAndAttributes() {
        assertEquals(2, literals("t", "<p>Period</p><p>{msg:x}: {y}</p>").size());
        assertEquals(1, literals("t", "<a aria-label=\"note\" href=\"{x}\">*</a>").size());
        assertEquals(2, literals("t", "<blockquote>“{x.quote}”</blockquote>").size(), "both quotation marks");
        assertEquals(List.of(), literals("t", "<p>{#if a > 1}{msg:a}{/if} · <a href=\"/x?lang=en\">{msg:b}</a> CSV</p>"));
        assertEquals(List.of(), literals("t", "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"));
        assertTrue(templates().size() >= 15, "templates found");
    }

    static List<String> literals(String name, String source) {
        String text = QUTE_COMMENT.matcher(source).replaceAll("");
        text = HTML_COMMENT.matcher(text).replaceAll("");
        String previous;
        do {
            previous = text;
            text = QUTE_EXPRESSION.matcher(text).replaceAll(EXPRESSION);
        } while (!text.equals(previous));
        List<String> findings = new ArrayList<>();
        Matcher tag = TAG.matcher(text);
        while (tag.find()) {
            if (tag.group().startsWith("<meta name=\"viewport\"")) {
                continue; // the viewport's content is for the browser, not the reader
            }
            Matcher attribute = READER_ATTRIBUTE.matcher(tag.group());
            while (attribute.find()) {
                check(name, attribute.group(1) + "=\"" + attribute.group(2) + "\"", attribute.group(2), findings);
            }
        }
        for (String run : TAG.matcher(text).replaceAll(EXPRESSION).split(EXPRESSION)) {
            check(name, run.strip(), run, findings);
        }
        return findings;
    }

    private static void check(String template, String shown, String value, List<String> findings) {
        String words = value.replace(EXPRESSION, " ");
        for (String allowed : SAME_IN_EVERY_LANGUAGE) {
            words = words.replaceAll("\\b" + allowed + "\\b", " ");
        }
        if (words.codePoints().anyMatch(Character::isLetter) || LANGUAGE_PUNCTUATION.matcher(words).find()) {
            findings.add(template + ": " + shown);
        }
    }

    private static List<Path> templates() {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
