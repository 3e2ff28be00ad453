package org.amuratlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.qute.i18n.Message;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.amuratlas.i18n.FormatMessages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every UI text exists in every language, with the same placeholders (in the manner of PetClinic's
 * I18nPropertiesSyncTest), in both bundles: the site's words (msg) and the words of dates and figures (fmt).
 */
class MessageBundleSyncTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)[}.]");

    static Stream<Arguments> bundlesAndLanguages() {
        return Stream.of("ru", "zh").flatMap(language -> Stream.of(
                Arguments.of(AtlasMessages.class, "msg", language),
                Arguments.of(FormatMessages.class, "fmt", language)));
    }

    @ParameterizedTest
    @MethodSource("bundlesAndLanguages")
    void translationHasEveryKeyAndNoOther(Class<?> bundle, String name, String language) throws IOException {
        Map<String, String> english = english(bundle);
        Properties translated = load("messages/" + name + "_" + language + ".properties");
        Set<String> missing = new TreeSet<>(english.keySet());
        missing.removeAll(translated.stringPropertyNames());
        Set<String> unknown = new TreeSet<>(translated.stringPropertyNames());
        unknown.removeAll(english.keySet());
        assertEquals(Set.of(), missing, "keys missing in " + name + "_" + language + ".properties");
        assertEquals(Set.of(), unknown, "keys in " + name + "_" + language + ".properties that "
                + bundle.getSimpleName() + " does not declare");
    }

    @ParameterizedTest
    @MethodSource("bundlesAndLanguages")
    void translationUsesTheSamePlaceholders(Class<?> bundle, String name, String language) throws IOException {
        Properties translated = load("messages/" + name + "_" + language + ".properties");
        english(bundle).forEach((key, text) -> {
            String other = translated.getProperty(key);
            assertFalse(other == null || other.isBlank(), key + " is empty in " + language);
            assertEquals(placeholders(text), placeholders(other), "placeholders of " + key + " in " + language);
        });
    }

    /** Qute reads the files line by line: a Java escape would be printed as typed, a space ending a line lost. */
    @ParameterizedTest
    @MethodSource("bundlesAndLanguages")
    void translationIsWrittenAsQuteReadsIt(Class<?> bundle, String name, String language) throws IOException {
        String resource = "messages/" + name + "_" + language + ".properties";
        try (var lines = new java.io.BufferedReader(new InputStreamReader(
                MessageBundleSyncTest.class.getClassLoader().getResourceAsStream(resource), StandardCharsets.UTF_8)).lines()) {
            lines.filter(line -> !line.startsWith("#")).forEach(line -> {
                assertFalse(line.contains("\\u"), resource + ": an escape Qute does not read: " + line);
                assertFalse(!line.isEmpty() && Character.isWhitespace(line.charAt(line.length() - 1)),
                        resource + ": a space Qute drops (close the line with {!!}): " + line);
            });
        }
    }

    private static Map<String, String> english(Class<?> bundle) {
        Map<String, String> messages = new TreeMap<>();
        for (Method method : bundle.getDeclaredMethods()) {
            Message message = method.getAnnotation(Message.class);
            if (message != null) {
                messages.put(method.getName(), message.value());
            }
        }
        return messages;
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        names.removeAll(Arrays.asList("if", "is", "when", "else"));
        return names;
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(
                MessageBundleSyncTest.class.getClassLoader().getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
