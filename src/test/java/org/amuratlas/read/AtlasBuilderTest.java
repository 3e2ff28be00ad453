package org.amuratlas.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.amuratlas.model.Citation;
import org.amuratlas.model.Country;
import org.amuratlas.model.DatePrecision;
import org.amuratlas.model.EventKind;
import org.amuratlas.model.PlaceKind;
import org.amuratlas.model.ProjectKind;
import org.amuratlas.model.ProjectStatus;
import org.amuratlas.model.SourceKind;
import org.amuratlas.model.Translation;
import org.junit.jupiter.api.Test;

/** The read model built from a small dataset in memory: translations, fallbacks, orders and limits. */
class AtlasBuilderTest {

    private final org.amuratlas.model.Theme energy = theme("energy", 1);
    private final org.amuratlas.model.Source paper = source("paper-2025");
    private final org.amuratlas.model.Place heihe = place("heihe", "Heihe", "Хэйхэ", "黑河");
    private final List<org.amuratlas.model.Project> projects = new ArrayList<>();
    private final List<org.amuratlas.model.Event> events = new ArrayList<>();
    private final List<Translation> translations = new ArrayList<>();

    @Test
    void textsComeInTheReadersLanguageWhereTranslatedAndInEnglishOtherwise() {
        project("bridge", "Bridge", ProjectStatus.OPERATIONAL);
        translate("project", "bridge", "summary", "ru", "Мост через Амур.");

        Translations table = new Translations(translations);
        Project russian = build(table, Language.RU).project("bridge").orElseThrow();
        Project chinese = build(table, Language.ZH).project("bridge").orElseThrow();

        assertEquals("Мост через Амур.", russian.summary().text());
        assertEquals(Language.RU, russian.summary().language());
        assertTrue(russian.summary().translated());
        assertEquals("Summary of Bridge.", russian.summary().english());
        assertEquals("Summary of Bridge.", chinese.summary().text(), "no Chinese translation: the English original");
        assertEquals(Language.EN, chinese.summary().language());
        assertFalse(chinese.summary().translated());
        assertEquals("黑河", chinese.places().get(0).name().text(), "place names exist in all three languages");
        assertEquals(Set.of(), table.unused());
    }

    @Test
    void searchFindsTranslationsWhateverTheReadersLanguage() {
        project("bridge", "Bridge", ProjectStatus.OPERATIONAL);
        translate("project", "bridge", "summary", "ru", "Мост через Амур.");

        Atlas english = build(new Translations(translations), Language.EN);

        List<SearchHit> hits = english.search(Phrase.of("через амур", "q"));
        assertEquals(List.of("bridge"), hits.stream().map(SearchHit::slug).toList());
        assertEquals("Мост через Амур.", hits.get(0).matchedText());
        assertEquals(List.of("heihe"), english.search(Phrase.of("ХЭЙХЭ", "q")).stream().map(SearchHit::slug).toList());
        assertEquals(List.of(), english.search(Phrase.of("%", "q")), "no wildcards");
    }

    @Test
    void namesSortInTheReadersLanguage() {
        project("a", "Amur crossing", ProjectStatus.OPERATIONAL);
        project("b", "Bridge", ProjectStatus.OPERATIONAL);
        translate("project", "a", "name", "ru", "Переход через Амур");
        translate("project", "b", "name", "ru", "Мост");

        Translations table = new Translations(translations);

        assertEquals(List.of("a", "b"), slugs(build(table, Language.EN).projects()));
        assertEquals(List.of("b", "a"), slugs(build(table, Language.RU).projects()), "Мост before Переход");
        assertEquals(List.of("b", "a"), slugs(build(table, Language.RU).theme("energy").orElseThrow().projects()));
    }

    @Test
    void statusSortFollowsTheStagesNotTheAlphabet() {
        project("x", "X", ProjectStatus.OPERATIONAL);
        project("y", "Y", ProjectStatus.PROPOSED);
        project("z", "Z", ProjectStatus.UNDER_CONSTRUCTION);

        ResultPage<Project> page = build(new Translations(translations), Language.EN)
                .catalogue(ProjectFilter.NONE, ProjectSort.STATUS, new PageRequest(0, 10));

        assertEquals(List.of("y", "z", "x"), slugs(page.items()));
    }

    @Test
    void themeAndPlaceListsAreWholeHoweverLong() {
        for (int i = 0; i < 150; i++) {
            project(String.format("p%03d", i), String.format("Project %03d", i), ProjectStatus.PLANNED);
        }

        Atlas atlas = build(new Translations(translations), Language.EN);

        assertEquals(150, atlas.theme("energy").orElseThrow().projects().size());
        assertEquals(150, atlas.place("heihe").orElseThrow().projects().size());
        assertEquals(150, atlas.catalogue(ProjectFilter.NONE, ProjectSort.NAME, new PageRequest(100, 100))
                .totalCount());
    }

    @Test
    void eventsOnTheSameDateAreOrderedBySlugEverywhere() {
        org.amuratlas.model.Project bridge = project("bridge", "Bridge", ProjectStatus.OPERATIONAL);
        event("opening-b", 2019, 6, bridge);
        event("opening-a", 2019, 6, bridge);
        event("plan", 2015, null, bridge);

        Atlas atlas = build(new Translations(translations), Language.EN);

        List<String> expected = List.of("plan", "opening-a", "opening-b");
        assertEquals(expected, slugs(atlas.events()));
        assertEquals(expected, slugs(atlas.project("bridge").orElseThrow().events()));
        assertEquals(expected, slugs(atlas.place("heihe").orElseThrow().events()));
        assertEquals(expected, slugs(atlas.theme("energy").orElseThrow().events()));
        assertEquals(List.of("opening-b", "opening-a"), slugs(atlas.latestEvents(2)));
    }

    @Test
    void translationsThatNameNoTextAreReported() {
        project("bridge", "Bridge", ProjectStatus.OPERATIONAL);
        translate("project", "bridge", "sumary", "ru", "опечатка");
        translate("project", "bridje", "summary", "zh", "错字");

        Translations table = new Translations(translations);
        for (Language language : Language.values()) {
            build(table, language);
        }

        assertEquals(Set.of("project/bridge/sumary/ru", "project/bridje/summary/zh"), table.unused());
    }

    @Test
    void overlongPhrasesAndPagesAreRefused() {
        assertEquals(null, Phrase.of("  ", "q"));
        assertEquals("q is too long (200 characters at most).",
                org.junit.jupiter.api.Assertions.assertThrows(InvalidQuery.class, () -> Phrase.of("x".repeat(201), "q"))
                        .getMessage());
        org.junit.jupiter.api.Assertions.assertThrows(InvalidQuery.class, () -> new PageRequest(0, 101));
        org.junit.jupiter.api.Assertions.assertThrows(InvalidQuery.class, () -> new PageRequest(-1, 10));
    }

    private Atlas build(Translations table, Language language) {
        return AtlasBuilder.build(new Dataset(List.of(energy), List.of(paper), List.of(heihe), List.of(), projects,
                events, List.of(), List.of(), List.of(), List.of(), List.of(), translations), table, language);
    }

    private static List<String> slugs(List<? extends AtlasRecord> records) {
        return records.stream().map(AtlasRecord::slug).toList();
    }

    private void translate(String table, String slug, String field, String lang, String text) {
        Translation row = new Translation();
        row.recordType = table;
        row.recordSlug = slug;
        row.field = field;
        row.lang = lang;
        row.text = text;
        translations.add(row);
    }

    private org.amuratlas.model.Project project(String slug, String name, ProjectStatus status) {
        org.amuratlas.model.Project project = new org.amuratlas.model.Project();
        project.slug = slug;
        project.name = name;
        project.kind = ProjectKind.BRIDGE;
        project.status = status;
        project.statusAsOf = "2024";
        project.summary = "Summary of " + name + ".";
        project.themes = List.of(energy);
        project.places = List.of(heihe);
        project.citations = List.of(citation());
        projects.add(project);
        return project;
    }

    private void event(String slug, int year, Integer month, org.amuratlas.model.Project project) {
        org.amuratlas.model.Event event = new org.amuratlas.model.Event();
        event.slug = slug;
        event.title = "Event " + slug;
        event.kind = EventKind.MILESTONE;
        event.sortYear = year;
        event.eventMonth = month;
        event.precision = month == null ? DatePrecision.YEAR : DatePrecision.MONTH;
        event.summary = "What happened.";
        event.themes = List.of(energy);
        event.places = List.of(heihe);
        event.projects = List.of(project);
        event.citations = List.of(citation());
        events.add(event);
    }

    private Citation citation() {
        Citation citation = new Citation();
        citation.source = paper;
        citation.locator = "§1";
        return citation;
    }

    private static org.amuratlas.model.Theme theme(String slug, int order) {
        org.amuratlas.model.Theme theme = new org.amuratlas.model.Theme();
        theme.slug = slug;
        theme.title = "Energy";
        theme.intro = "Gas and oil.";
        theme.overview = "Pipelines.";
        theme.displayOrder = order;
        return theme;
    }

    private static org.amuratlas.model.Source source(String slug) {
        org.amuratlas.model.Source source = new org.amuratlas.model.Source();
        source.slug = slug;
        source.title = "A paper";
        source.authors = "Zhang, X.";
        source.kind = SourceKind.PAPER;
        source.publishedYear = 2025;
        source.dateLabel = "2025";
        source.language = "ru";
        source.summary = "About the border.";
        return source;
    }

    private static org.amuratlas.model.Place place(String slug, String en, String ru, String zh) {
        org.amuratlas.model.Place place = new org.amuratlas.model.Place();
        place.slug = slug;
        place.nameEn = en;
        place.nameRu = ru;
        place.nameZh = zh;
        place.country = Country.CN;
        place.region = "Heilongjiang";
        place.kind = PlaceKind.CITY;
        place.summary = "A city on the Amur.";
        return place;
    }
}
