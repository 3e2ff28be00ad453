package org.amuratlas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Checks the curated dataset (import.sql) as loaded: sources cited, references sound, numbers consistent. */
@QuarkusTest
@Transactional
class DatasetIntegrityTest {

    private static final List<String> CITING_ENTITIES = List.of("Project", "Event", "Place", "Actor", "Perspective",
            "Challenge", "Recommendation", "KeyFigure", "Series");

    @Inject
    EntityManager em;

    @Test
    void everyRecordCitesAtLeastOneSource() {
        for (String entity : CITING_ENTITIES) {
            List<String> uncited = em.createQuery("select r.slug from " + entity + " r where r.citations is empty",
                    String.class).getResultList();
            assertEquals(List.of(), uncited, entity + " records without a citation");
            long total = em.createQuery("select count(r) from " + entity + " r", Long.class).getSingleResult();
            assertTrue(total > 0, "no " + entity + " records loaded");
        }
    }

    @Test
    void everyCitationHasALocator() {
        for (String entity : CITING_ENTITIES) {
            List<String> blank = em.createQuery("select r.slug from " + entity
                    + " r join r.citations c where c.locator is null or trim(c.locator) = ''", String.class)
                    .getResultList();
            assertEquals(List.of(), blank, entity + " citations without a locator");
        }
    }

    @Test
    void everySourceSupportsSomething() {
        Set<String> cited = new HashSet<>();
        for (String entity : CITING_ENTITIES) {
            cited.addAll(em.createQuery("select distinct c.source.slug from " + entity + " r join r.citations c",
                    String.class).getResultList());
        }
        List<String> unused = Source.<Source>listAll().stream().map(s -> s.slug).filter(s -> !cited.contains(s)).toList();
        assertEquals(List.of(), unused, "sources nothing cites");
        assertEquals(5, Source.count(), "one source per seed document");
    }

    @Test
    void slugsAreUrlSafe() {
        for (String entity : List.of("Theme", "Source", "Project", "Event", "Place", "Actor", "Perspective", "Challenge",
                "Recommendation", "KeyFigure", "Series")) {
            List<String> bad = em.createQuery("select r.slug from " + entity + " r", String.class).getResultList()
                    .stream().filter(slug -> !slug.matches("[a-z0-9]+(-[a-z0-9]+)*")).toList();
            assertEquals(List.of(), bad, entity + " slugs that are not lowercase-kebab");
        }
    }

    @Test
    void requiredThemesExist() {
        for (String slug : List.of("energy", "corridors", "agriculture", "history")) {
            assertNotNull(Theme.findById(slug), "missing theme " + slug);
        }
    }

    @Test
    void everyThemeHasProjectsOrEvents() {
        for (Theme theme : Theme.<Theme>listAll()) {
            long projects = em.createQuery("select count(p) from Project p join p.themes t where t.slug = :s", Long.class)
                    .setParameter("s", theme.slug).getSingleResult();
            long events = em.createQuery("select count(e) from Event e join e.themes t where t.slug = :s", Long.class)
                    .setParameter("s", theme.slug).getSingleResult();
            assertTrue(projects + events > 0, "theme " + theme.slug + " has neither projects nor events");
        }
    }

    @Test
    void projectRoutesHaveNoGaps() {
        // @OrderColumn leaves null holes when seq values in project_place skip a number
        for (Project project : Project.<Project>listAll()) {
            assertFalse(project.places.contains(null), "gap in the place order of " + project.slug);
            assertFalse(project.themes.isEmpty(), "project without a theme: " + project.slug);
        }
    }

    @Test
    void everyPlaceIsNamedInAllThreeLanguagesAndLocated() {
        for (Place place : Place.<Place>listAll()) {
            assertTrue(place.nameRu.codePoints().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC),
                    "Russian name of " + place.slug + " is not in Cyrillic");
            assertTrue(place.nameZh.codePoints().anyMatch(Character::isIdeographic),
                    "Chinese name of " + place.slug + " has no Chinese characters");
            assertTrue(place.latitude >= -90 && place.latitude <= 90 && place.longitude >= -180 && place.longitude <= 180,
                    "coordinates of " + place.slug);
        }
    }

    /**
     * A region or country is outlined on the map by codes of the shipped outline: provinces and federal subjects of
     * its own country (ISO 3166-2, "CN-HL") or the country itself; points have none. Every project whose places are
     * only areas can so be drawn, unless all of them lie beyond the map (Poland) or have no outline (a delta).
     */
    @Test
    void regionsAreOutlinedByTheShippedOutline() {
        org.amuratlas.geo.GeoData outline = org.amuratlas.geo.GeoData.shared();
        Set<PlaceKind> areas = Set.of(PlaceKind.REGION, PlaceKind.COUNTRY, PlaceKind.RIVER);
        for (Place place : Place.<Place>listAll()) {
            if (place.outline == null) {
                continue;
            }
            assertTrue(areas.contains(place.kind), place.slug + " is a point, it has no outline");
            for (String code : place.outline.split(" ")) {
                var feature = outline.feature(code);
                assertTrue(feature.isPresent(), place.slug + ": no outline feature " + code);
                assertTrue(code.equals(place.country.name()) || code.startsWith(place.country.name() + "-"),
                        place.slug + ": " + code + " lies in " + place.country);
                assertEquals(code.contains("-") ? org.amuratlas.geo.GeoFeature.Kind.REGION
                        : org.amuratlas.geo.GeoFeature.Kind.COUNTRY, feature.get().kind(), code);
            }
        }
        for (String slug : List.of("heilongjiang", "jilin", "liaoning", "northeast-china", "amur-oblast",
                "russian-far-east", "siberia", "china", "russia", "mongolia")) {
            assertNotNull(Place.<Place>findById(slug).outline, slug + " is outlined on the map");
        }
        List<Project> undrawable = Project.<Project>listAll().stream()
                .filter(p -> !p.places.isEmpty() && p.places.stream().allMatch(pl -> areas.contains(pl.kind)))
                .filter(p -> p.places.stream().allMatch(pl -> pl.outline == null))
                .toList();
        assertEquals(List.of(), undrawable.stream().map(p -> p.slug).toList(),
                "projects across whole regions with no region the map can outline");
    }

    @Test
    void eventDatesMatchTheirPrecision() {
        for (Event event : Event.<Event>listAll()) {
            switch (event.precision) {
                case DAY -> assertTrue(event.eventMonth != null && event.eventDay != null, event.slug);
                case MONTH -> assertTrue(event.eventMonth != null && event.eventDay == null, event.slug);
                default -> assertTrue(event.eventMonth == null && event.eventDay == null, event.slug);
            }
            if (event.precision == DatePrecision.DAY) {
                java.time.LocalDate.of(event.sortYear, event.eventMonth, event.eventDay); // throws on 31 February
            }
            assertTrue(event.sortYear <= 2024, "the timeline ends in December 2024: " + event.slug);
        }
    }

    @Test
    void observationsReferToDeclaredMeasuresOnce() {
        for (Series series : Series.<Series>listAll()) {
            Set<String> codes = series.measures.stream().map(m -> m.code).collect(Collectors.toSet());
            Set<String> seen = new HashSet<>();
            for (Observation o : series.observations) {
                assertTrue(codes.contains(o.measureCode), series.slug + " has an observation of unknown measure " + o.measureCode);
                String period = o.periodLabel != null ? o.periodLabel : Integer.toString(o.periodYear);
                assertTrue(seen.add(o.measureCode + "@" + period), series.slug + " has two values for " + o.measureCode + " in " + period);
            }
            // a chart group shares one unit, or every measure in it declares the same common unit and a factor
            Map<String, Set<String>> unitsByGroup = series.measures.stream().collect(Collectors.groupingBy(
                    m -> m.chartGroup, Collectors.mapping(m -> m.commonUnit != null && m.toCommonUnit != null
                            ? "common:" + m.commonUnit : m.unit, Collectors.toSet())));
            unitsByGroup.forEach((group, units) -> assertEquals(1, units.size(),
                    series.slug + " chart group '" + group + "' mixes units " + units));
        }
    }

    @Test
    void tradeTableIsCompleteWithItsUnitNote() {
        Series trade = Series.findById("heilongjiang-russia-trade");
        assertNotNull(trade);
        assertEquals(8, trade.measures.size(), "all eight columns of Table 1");
        assertEquals(88, trade.observations.size(), "11 years x 8 columns");
        assertEquals("million US dollars", trade.unitAsPrinted);
        assertTrue(trade.unitNote.contains("hundreds of millions"), "the unit note explains the printed unit");
        assertEquals(new BigDecimal("181.9"), value(trade, "total", 2018).stripTrailingZeros());
    }

    @Test
    void exportsPlusImportsMakeTheTotalWithinRoundingOrCarryANote() {
        Series trade = Series.findById("heilongjiang-russia-trade");
        List<String> unexplained = new ArrayList<>();
        for (int year = 2008; year <= 2018; year++) {
            double sum = value(trade, "exports", year).doubleValue() + value(trade, "imports", year).doubleValue();
            Observation total = observation(trade, "total", year);
            if (Math.abs(sum - total.value.doubleValue()) > 0.1 + 1e-9 && total.note == null) {
                unexplained.add(year + ": " + sum + " vs " + total.value);
            }
        }
        assertEquals(List.of(), unexplained);
        assertNotNull(observation(trade, "total", 2014).note, "2014: 89.3 + 143.5 = 232.8, printed 232.6");
    }

    @Test
    void printedGrowthRatesFollowFromTheValuesOrCarryANote() {
        Series trade = Series.findById("heilongjiang-russia-trade");
        List<String> unexplained = new ArrayList<>();
        for (String measure : List.of("total", "exports", "imports")) {
            for (int year = 2009; year <= 2018; year++) {
                double current = value(trade, measure, year).doubleValue();
                double previous = value(trade, measure, year - 1).doubleValue();
                double computed = (current / previous - 1) * 100;
                // values are rounded to 0.1 and the rate to 0.1 point: the widest error that rounding alone explains
                double bound = (0.05 / previous + 0.05 * current / (previous * previous)) * 100 + 0.05;
                Observation printed = observation(trade, measure + "_growth", year);
                if (Math.abs(computed - printed.value.doubleValue()) > bound && printed.note == null) {
                    unexplained.add(measure + " " + year + ": computed " + computed + ", printed " + printed.value);
                }
            }
        }
        assertEquals(List.of(), unexplained);
    }

    @Test
    void everyHeadlineFigureOfAProjectCarriesItsQualifier() {
        for (Project project : Project.<Project>listAll()) {
            assertEquals(project.capacity != null, project.capacityQualifier != null,
                    project.slug + ": a headline figure and its qualifier (\"more than\", \"about\") go together");
        }
        // the printed hedges the 2026.11.30 review found dropped or replaced
        assertEquals(FigureQualifier.MORE_THAN, Project.<Project>findById("tongjiang-nizhneleninskoye-bridge").capacityQualifier);
        assertEquals(FigureQualifier.NEARLY, KeyFigure.<KeyFigure>findById("expo-guest-countries").qualifier);
        assertEquals(FigureQualifier.EXACT, KeyFigure.<KeyFigure>findById("trans-siberian-congestion").qualifier,
                "Zhang prints \"reaches 95%\", not \"up to\"");
    }

    /** Words of the curators' workshop that a reader must never see: file numbers, column keys, enum constants. */
    private static final List<Pattern> WORKING_WORDS = List.of(
            Pattern.compile("(?i)\\bseeds?\\b"), Pattern.compile("(?i)\\bstandfirst\\b"),
            Pattern.compile("\\b[a-z]+(_[a-z]+)+\\b"), Pattern.compile("\\b[A-Z]+(_[A-Z]+)+\\b"));

    @Test
    void readerFacingTextHasNoWorkingWords() {
        Set<String> internalColumns = Set.of("SLUG", "SEED_FILE", "CODE", "MEASURE_CODE", "DOI", "URL", "LANGUAGE");
        Set<String> enumNames = Stream.of(ProjectStatus.values(), ProjectKind.values(), FigureQualifier.values(),
                EventKind.values(), PlaceKind.values(), ActorKind.values(), ChallengeCategory.values(), SourceKind.values(),
                DatePrecision.values()).flatMap(Stream::of).map(Enum::name).collect(Collectors.toSet());
        Set<String> slugs = new HashSet<>();
        for (String entity : List.of("Project", "Place", "Event", "Actor", "Perspective", "Challenge", "Recommendation",
                "KeyFigure", "Series", "Theme", "Source")) {
            slugs.addAll(em.createQuery("select r.slug from " + entity + " r", String.class).getResultList());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> columns = em.createNativeQuery("select table_name, column_name from information_schema.columns"
                + " where table_schema = 'PUBLIC' and data_type in ('CHARACTER VARYING', 'CHARACTER LARGE OBJECT')")
                .getResultList();
        List<String> found = new ArrayList<>();
        for (Object[] column : columns) {
            String table = (String) column[0];
            String name = (String) column[1];
            // a translation's key columns name a record and a column, its text is checked like any other
            boolean translationKey = table.equals("TRANSLATION") && !name.equals("TEXT");
            if (internalColumns.contains(name) || name.endsWith("_SLUG") || translationKey) {
                continue;
            }
            @SuppressWarnings("unchecked")
            List<Object> values = em.createNativeQuery("select \"" + name + "\" from \"" + table + "\"").getResultList();
            for (Object value : values) {
                String text = value == null ? "" : value.toString();
                if (enumNames.contains(text)) {
                    continue; // an enum column holding its own constant
                }
                for (Pattern pattern : WORKING_WORDS) {
                    Matcher m = pattern.matcher(text);
                    while (m.find()) {
                        found.add(table + "." + name + ": " + m.group());
                    }
                }
                Matcher word = Pattern.compile("\\b[A-Z]{4,}\\b|\\b[a-z0-9]+(-[a-z0-9]+){2,}\\b").matcher(text);
                while (word.find()) {
                    if (enumNames.contains(word.group()) || slugs.contains(word.group())) {
                        found.add(table + "." + name + ": " + word.group());
                    }
                }
            }
        }
        assertEquals(List.of(), found, "working words in reader-facing text: name sources by title or author, "
                + "measures by their label, records by their name");
    }

    private static Observation observation(Series series, String measure, int year) {
        return series.observations.stream().filter(o -> o.measureCode.equals(measure) && o.periodYear == year)
                .findFirst().orElseThrow(() -> new AssertionError("no " + measure + " for " + year));
    }

    private static BigDecimal value(Series series, String measure, int year) {
        return observation(series, measure, year).value;
    }

}
