package org.amuratlas.read;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.amuratlas.model.DatePrecision;
import org.amuratlas.model.EventKind;

/** A dated happening; its date carries its precision (a treaty "in the mid-19th century" is not a day). */
public final class Event implements AtlasRecord {

    private final String slug;
    private final LocalizedText title;
    private final EventKind kind;
    private final int sortYear;
    private final Integer month;
    private final Integer day;
    private final DatePrecision precision;
    private final String dateLabel;
    private final String isoDate;
    private final LocalizedText summary;
    private final LocalizedText note;

    // relations, set once by AtlasBuilder
    List<Theme> themes = List.of();
    List<Place> places = List.of();
    List<Project> projects = List.of();
    List<Actor> actors = List.of();
    List<Citation> citations = List.of();

    Event(org.amuratlas.model.Event entity, Translations.RecordTexts texts) {
        slug = entity.slug;
        title = texts.get("title", entity.title);
        kind = entity.kind;
        sortYear = entity.sortYear;
        month = entity.eventMonth;
        day = entity.eventDay;
        precision = entity.precision;
        dateLabel = label(precision, sortYear, month, day);
        isoDate = iso(precision, sortYear, month, day);
        summary = texts.get("summary", entity.summary);
        note = texts.get("note", entity.note);
    }

    @Override
    public RecordType type() {
        return RecordType.EVENT;
    }

    @Override
    public String slug() {
        return slug;
    }

    @Override
    public LocalizedText title() {
        return title;
    }

    public EventKind kind() {
        return kind;
    }

    /** Year used to order the timeline; for undated events an editorial ordering key. */
    public int sortYear() {
        return sortYear;
    }

    /** Month of the year (1-12) where the sources give it, else null. */
    public Integer month() {
        return month;
    }

    public Integer day() {
        return day;
    }

    public DatePrecision precision() {
        return precision;
    }

    /** The date as precisely as the sources allow, e.g. "1 December 2024", "March 2023", "mid-19th century". */
    public String dateLabel() {
        return dateLabel;
    }

    /** ISO 8601 reduced-precision form (YYYY, YYYY-MM or YYYY-MM-DD), for machines; null if undated. */
    public String isoDate() {
        return isoDate;
    }

    public LocalizedText summary() {
        return summary;
    }

    public LocalizedText note() {
        return note;
    }

    /** By display order. */
    public List<Theme> themes() {
        return themes;
    }

    /** By name. */
    public List<Place> places() {
        return places;
    }

    /** By name. */
    public List<Project> projects() {
        return projects;
    }

    /** By name. */
    public List<Actor> actors() {
        return actors;
    }

    @Override
    public List<Citation> citations() {
        return citations;
    }

    @Override
    public List<LocalizedText> searchTexts() {
        return AtlasRecord.present(title, summary, note);
    }

    private static String label(DatePrecision precision, int year, Integer month, Integer day) {
        return switch (precision) {
            case DAY -> day + " " + monthName(month) + " " + year;
            case MONTH -> monthName(month) + " " + year;
            case YEAR -> Integer.toString(year);
            case DECADE -> "the " + year + "s";
            case CENTURY -> centuryLabel(year);
            case UNDATED -> "antiquity";
        };
    }

    private static String iso(DatePrecision precision, int year, Integer month, Integer day) {
        return switch (precision) {
            case DAY -> String.format("%04d-%02d-%02d", year, month, day);
            case MONTH -> String.format("%04d-%02d", year, month);
            case YEAR, DECADE, CENTURY -> String.format("%04d", year);
            case UNDATED -> null;
        };
    }

    private static String monthName(int month) {
        return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String centuryLabel(int year) {
        int century = year / 100 + 1;
        String ordinal = century + (century % 10 == 1 && century != 11 ? "st" : century % 10 == 2 && century != 12 ? "nd"
                : century % 10 == 3 && century != 13 ? "rd" : "th");
        return (year % 100 == 50 ? "mid-" : "") + ordinal + " century";
    }
}
