package org.amuratlas.i18n;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;

/** The number, date, figure and locator writers of each language, built once from the JDK's CLDR data and {@link FormatMessages}. */
@ApplicationScoped
public class Formats {

    /** Everything needed to write numbers, dates and figures in one language. */
    public record Local(Language language, NumberText numbers, DateText dates, FigureText figures,
            LocatorText locators) {
    }

    private final Map<Language, Local> byLanguage = new EnumMap<>(Language.class);

    public Formats() {
        FormatMessages english = words(Language.EN);
        for (Language language : Language.values()) {
            FormatMessages words = words(language);
            byLanguage.put(language, new Local(language, NumberText.of(language), new DateText(language, words),
                    new FigureText(language, words, english), new LocatorText(language, words)));
        }
    }

    public Local of(Language language) {
        return byLanguage.get(language);
    }

    private static FormatMessages words(Language language) {
        return MessageBundles.get(FormatMessages.class, Localized.Literal.of(language.code));
    }
}
