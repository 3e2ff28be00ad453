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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every UI text exists in every language, with the same placeholders (in the manner of PetClinic's I18nPropertiesSyncTest). */
class MessageBundleSyncTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)[}.]");

    @ParameterizedTest
    @ValueSource(strings = {"ru", "zh"})
    void translationHasEveryKeyAndNoOther(String language) throws IOException {
        Map<String, String> english = english();
        Properties translated = load("messages/msg_" + language + ".properties");
        Set<String> missing = new TreeSet<>(english.keySet());
        missing.removeAll(translated.stringPropertyNames());
        Set<String> unknown = new TreeSet<>(translated.stringPropertyNames());
        unknown.removeAll(english.keySet());
        assertEquals(Set.of(), missing, "keys missing in msg_" + language + ".properties");
        assertEquals(Set.of(), unknown, "keys in msg_" + language + ".properties that AtlasMessages does not declare");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "zh"})
    void translationUsesTheSamePlaceholders(String language) throws IOException {
        Properties translated = load("messages/msg_" + language + ".properties");
        english().forEach((key, text) -> {
            String other = translated.getProperty(key);
            assertFalse(other == null || other.isBlank(), key + " is empty in " + language);
            assertEquals(placeholders(text), placeholders(other), "placeholders of " + key + " in " + language);
        });
    }

    private static Map<String, String> english() {
        Map<String, String> messages = new TreeMap<>();
        for (Method method : AtlasMessages.class.getDeclaredMethods()) {
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
        names.removeAll(Arrays.asList("if", "is", "when"));
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
