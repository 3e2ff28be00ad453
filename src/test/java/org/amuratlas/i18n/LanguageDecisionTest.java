package org.amuratlas.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.amuratlas.i18n.LanguageDecision.PrefixedPath;
import org.junit.jupiter.api.Test;

class LanguageDecisionTest {

    @Test
    void aPathPrefixNamesTheLanguageAndLeavesThePagesOwnPath() {
        assertEquals(Optional.of(new PrefixedPath(Language.RU, "/projects")), LanguageDecision.prefixOf("/ru/projects"));
        assertEquals(Optional.of(new PrefixedPath(Language.ZH, "/places/heihe")), LanguageDecision.prefixOf("/zh/places/heihe"));
        assertEquals(Optional.of(new PrefixedPath(Language.EN, "/")), LanguageDecision.prefixOf("/en"));
        assertEquals(Optional.of(new PrefixedPath(Language.ZH, "/")), LanguageDecision.prefixOf("/zh/"));
        assertEquals(Optional.empty(), LanguageDecision.prefixOf("/projects"));
        assertEquals(Optional.empty(), LanguageDecision.prefixOf("/rus/x"), "only a whole segment is a prefix");
        assertEquals(Optional.empty(), LanguageDecision.prefixOf("/RU/x"), "prefixes are lower case, as links write them");
        assertEquals(Optional.empty(), LanguageDecision.prefixOf("/fr/x"));
        assertEquals(Optional.empty(), LanguageDecision.prefixOf("/"));
        assertEquals(Optional.empty(), LanguageDecision.prefixOf(null));
    }

    @Test
    void anExplicitParameterWinsOverTheBrowser() {
        LanguageDecision decision = LanguageDecision.decide("zh", "ru-RU,ru;q=0.9");
        assertEquals(Language.ZH, decision.language());
        assertTrue(decision.explicit());
        assertEquals(Language.RU, LanguageDecision.decide(" RU ", null).language());
        assertThrows(LanguageDecision.UnsupportedLanguage.class, () -> LanguageDecision.decide("fr", "fr"));
    }

    @Test
    void theBrowserDecidesThenEnglish() {
        assertEquals(Language.ZH, LanguageDecision.decide(null, "zh-CN,zh;q=0.9,en;q=0.5").language());
        assertEquals(Language.ZH, LanguageDecision.decide("", "zh-TW").language(), "Traditional script readers get the Chinese version");
        assertEquals(Language.RU, LanguageDecision.decide(null, "uk-UA,uk;q=0.9,ru;q=0.8,en;q=0.5").language());
        assertEquals(Language.EN, LanguageDecision.decide(null, "de-DE,fr;q=0.8").language());
        assertEquals(Language.EN, LanguageDecision.decide(null, "this is ;;; not a header").language());
        assertEquals(Language.EN, LanguageDecision.decide(null, null).language());
        assertFalse(LanguageDecision.decide(null, "ru").explicit());
    }

    // the cases of the read layer's former PageLanguage, which this class replaces
    @Test
    void anyOtherParameterIsRefusedSayingWhatIsAllowed() {
        for (String garbage : new String[] {"fr", "en-US", "zh_CN", "russian", "<b>"}) {
            LanguageDecision.UnsupportedLanguage refused = assertThrows(LanguageDecision.UnsupportedLanguage.class,
                    () -> LanguageDecision.decide(garbage, "ru"));
            assertEquals("The parameter 'lang' must be one of: en, ru, zh.", refused.getMessage());
        }
        assertEquals(Language.RU, LanguageDecision.decide("  ", "ru").language(), "a blank parameter is no choice");
    }

    @Test
    void theBrowsersPreferencesAreWeighedByQuality() {
        assertEquals(Language.RU, LanguageDecision.decide(null, "en;q=0.1, ru;q=0.9").language());
        assertEquals(Language.ZH, LanguageDecision.decide(null, "fr-CH, fr;q=0.9, zh-Hans-CN;q=0.8, en;q=0.7").language());
        assertEquals(Language.ZH, LanguageDecision.decide(null, "ru;q=0, zh;q=0.5").language());
        assertEquals(Language.EN, LanguageDecision.decide(null, "ru;q=0").language());
        assertEquals(Language.RU, LanguageDecision.decide(null, "RU-ru").language());
    }
}
