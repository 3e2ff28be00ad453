package org.amuratlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.BadRequestException;
import org.junit.jupiter.api.Test;

/** Language negotiation on its own (plain unit test); LanguagesTest checks the same over HTTP. */
class PageLanguageTest {

    private static String resolve(String lang, String acceptLanguage) {
        return PageLanguage.resolve(lang, acceptLanguage).getLanguage();
    }

    @Test
    void anExplicitChoiceWinsAndIsReadLeniently() {
        assertEquals("ru", resolve("ru", "zh"));
        assertEquals("zh", resolve(" ZH ", null));
        assertEquals("en", resolve("en", "ru"));
    }

    @Test
    void anEmptyChoiceLeavesItToTheBrowser() {
        assertEquals("ru", resolve("", "ru"));
        assertEquals("zh", resolve("  ", "zh-CN"));
        assertEquals("en", resolve(null, null));
        assertEquals("en", resolve(null, " "));
    }

    @Test
    void anyOtherChoiceIsABadRequestThatSaysWhatIsAllowed() {
        for (String garbage : new String[] {"fr", "en-US", "zh_CN", "russian", "<b>"}) {
            BadRequestException refused = assertThrows(BadRequestException.class, () -> resolve(garbage, "ru"));
            assertEquals("The parameter 'lang' must be one of: en, ru, zh.", refused.getMessage());
        }
    }

    @Test
    void theBrowsersPreferencesAreWeighedByQuality() {
        assertEquals("ru", resolve(null, "en;q=0.1, ru;q=0.9"));
        assertEquals("zh", resolve(null, "fr-CH, fr;q=0.9, zh-Hans-CN;q=0.8, en;q=0.7"));
        assertEquals("en", resolve(null, "de-DE, ja;q=0.8"));
        assertEquals("zh", resolve(null, "ru;q=0, zh;q=0.5"));
        assertEquals("en", resolve(null, "ru;q=0"));
        assertEquals("ru", resolve(null, "RU-ru"));
        assertEquals("en", resolve(null, "this is ;;; not a header"));
    }
}
