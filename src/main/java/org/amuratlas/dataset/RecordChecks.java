package org.amuratlas.dataset;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.amuratlas.geo.GeoData;
import org.amuratlas.geo.GeoFeature;

/** The shape of the records themselves: slugs, themes, routes, places and dates. */
final class RecordChecks {

    static final List<String> SLUGGED = List.of("theme", "source", "project", "event", "place", "actor", "perspective",
            "challenge", "recommendation", "key_figure", "series");

    /** The last year of the timeline: the seeds report up to December 2024. */
    static final int LAST_YEAR = 2024;

    /**
     * How far (in degrees, about 10 km) a place may lie outside its country's simplified outline: towns on the
     * Amur sit on a river the outline draws as the border line.
     */
    static final double OUTLINE_TOLERANCE = 0.1;

    private RecordChecks() {
    }

    static void run(Connection db, List<Violation> out) throws SQLException {
        slugs(db, out);
        themesHaveContent(db, out);
        projectShapes(db, out);
        places(db, out);
        eventDates(db, out);
    }

    private static void slugs(Connection db, List<Violation> out) throws SQLException {
        for (String table : SLUGGED) {
            for (String slug : Sql.strings(db, "select slug from " + table)) {
                if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                    out.add(new Violation(Check.SLUG, table + " " + slug, "not lowercase-kebab"));
                }
            }
        }
    }

    private static void themesHaveContent(Connection db, List<Violation> out) throws SQLException {
        for (String theme : Sql.strings(db, "select t.slug from theme t where not exists (select 1 from project_theme p "
                + "where p.theme_slug = t.slug) and not exists (select 1 from event_theme e where e.theme_slug = t.slug)")) {
            out.add(new Violation(Check.THEME_CONTENT, "theme " + theme, "has neither projects nor events"));
        }
    }

    private static void projectShapes(Connection db, List<Violation> out) throws SQLException {
        // the page shows a project's places in seq order; a skipped or repeated number leaves a hole in the route
        for (String project : Sql.strings(db, "select project_slug from project_place group by project_slug "
                + "having min(seq) <> 0 or max(seq) <> count(*) - 1 or count(distinct seq) <> count(*)")) {
            out.add(new Violation(Check.PROJECT_SHAPE, "project " + project, "its places are not numbered 0, 1, 2, … without gaps"));
        }
        for (String project : Sql.strings(db, "select p.slug from project p where not exists "
                + "(select 1 from project_theme t where t.project_slug = p.slug)")) {
            out.add(new Violation(Check.PROJECT_SHAPE, "project " + project, "has no theme"));
        }
    }

    private record Place(String slug, String nameRu, String nameZh, String country, double lat, double lon) {
    }

    private static void places(Connection db, List<Violation> out) throws SQLException {
        GeoData outline = GeoData.shared();
        for (Place place : Sql.list(db, "select slug, name_ru, name_zh, country, latitude, longitude from place",
                r -> new Place(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getDouble(5),
                        r.getDouble(6)))) {
            String record = "place " + place.slug();
            if (place.nameRu().codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)) {
                out.add(new Violation(Check.PLACE_NAMES, record, "the Russian name '" + place.nameRu() + "' is not in Cyrillic"));
            }
            if (place.nameZh().codePoints().noneMatch(Character::isIdeographic)) {
                out.add(new Violation(Check.PLACE_NAMES, record, "the Chinese name '" + place.nameZh() + "' has no Chinese characters"));
            }
            if (Math.abs(place.lat()) > 90 || Math.abs(place.lon()) > 180) {
                out.add(new Violation(Check.PLACE_LOCATION, record, "coordinates " + place.lat() + ", " + place.lon()
                        + " are not on Earth"));
                continue;
            }
            // a point in another country's outline is misplaced; one in none may be a sea (the Bohai Sea is a place)
            Optional<GeoFeature> country = outline.feature(place.country());
            Optional<String> found = outline.countryAt(place.lat(), place.lon());
            if (country.isPresent() && found.isPresent() && !nearOrInside(country.get(), place.lat(), place.lon())) {
                out.add(new Violation(Check.PLACE_LOCATION, record, "coordinates " + place.lat() + ", " + place.lon()
                        + " lie in " + found.get() + ", not in " + place.country()));
            }
        }
    }

    private static boolean nearOrInside(GeoFeature country, double lat, double lon) {
        for (int north = -1; north <= 1; north++) {
            for (int east = -1; east <= 1; east++) {
                if (country.contains(lat + north * OUTLINE_TOLERANCE, lon + east * OUTLINE_TOLERANCE)) {
                    return true;
                }
            }
        }
        return false;
    }

    private record EventDate(String slug, int year, Integer month, Integer day, String precision) {
    }

    private static void eventDates(Connection db, List<Violation> out) throws SQLException {
        for (EventDate e : Sql.list(db, "select slug, sort_year, event_month, event_day, precision from event",
                r -> new EventDate(r.getString(1), r.getInt(2), (Integer) r.getObject(3), (Integer) r.getObject(4),
                        r.getString(5)))) {
            String record = "event " + e.slug();
            boolean shaped = switch (e.precision()) {
                case "DAY" -> e.month() != null && e.day() != null;
                case "MONTH" -> e.month() != null && e.day() == null;
                case "DECADE" -> e.month() == null && e.day() == null && e.year() % 10 == 0;
                default -> e.month() == null && e.day() == null;
            };
            if (!shaped) {
                out.add(new Violation(Check.EVENT_DATE, record, "year " + e.year() + ", month " + e.month() + ", day "
                        + e.day() + " do not fit the precision " + e.precision()));
            } else if (e.month() != null) {
                try {
                    LocalDate.of(e.year(), e.month(), e.day() == null ? 1 : e.day());
                } catch (DateTimeException impossible) {
                    out.add(new Violation(Check.EVENT_DATE, record, "no such date: " + impossible.getMessage()));
                }
            }
            if (e.year() > LAST_YEAR) {
                out.add(new Violation(Check.EVENT_DATE, record, "after December " + LAST_YEAR + ", where the timeline ends"));
            }
        }
    }
}
