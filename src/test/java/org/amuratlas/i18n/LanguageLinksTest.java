package org.amuratlas.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.amuratlas.i18n.LanguageLinks.Alternate;
import org.junit.jupiter.api.Test;

class LanguageLinksTest {

    @Test
    void theSwitcherKeepsTheQueryButNotTheLanguageParameterOrEmptyFilters() {
        assertEquals("/zh/search?q=Heihe", LanguageLinks.href(Language.ZH, "/search", "q=Heihe&lang=en"));
        assertEquals("/ru/projects?theme=energy&sort=name",
                LanguageLinks.href(Language.RU, "/projects", "theme=energy&status=&kind=&sort=name"));
        assertEquals("/ru/search?q=%D0%BC%D0%BE%D1%81%D1%82", LanguageLinks.href(Language.RU, "/search",
                "q=%D0%BC%D0%BE%D1%81%D1%82"), "the query is kept as received, still encoded");
        assertEquals("/en/", LanguageLinks.href(Language.EN, "/", null));
        assertEquals("/zh/timeline", LanguageLinks.href(Language.ZH, "/timeline", "lang=zh"));
    }

    @Test
    void everyVersionListsAllThreeAndTheDefault() {
        assertEquals(List.of(
                new Alternate("en", "https://atlas.example/en/projects?theme=energy"),
                new Alternate("ru", "https://atlas.example/ru/projects?theme=energy"),
                new Alternate("zh-Hans", "https://atlas.example/zh/projects?theme=energy"),
                new Alternate("x-default", "https://atlas.example/projects?theme=energy")),
                LanguageLinks.alternates("https://atlas.example", "/projects", "theme=energy&lang=ru"));
        assertEquals("/", LanguageLinks.alternates("", "/", "").get(3).href());
    }

    @Test
    void linksInsideAPageKeepItsLanguage() {
        assertEquals("/ru/timeline", LanguageLinks.link(Language.RU, "/timeline"));
        assertEquals("/zh/projects?theme=energy", LanguageLinks.link(Language.ZH, "/projects?theme=energy"));
        assertEquals("/en/", LanguageLinks.link(Language.EN, "/"));
    }
}
