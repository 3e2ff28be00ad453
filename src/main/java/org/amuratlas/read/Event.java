package org.amuratlas.read;

import java.util.List;
import org.amuratlas.model.DatePrecision;
import org.amuratlas.model.EventKind;

/**
 * A dated happening; its date carries its precision (a treaty "in the mid-19th century" is not a day). Its date in
 * words is written per language by {@code i18n.DateText}, for the pages and the API alike.
 */
public final class Event implements AtlasRecord {

    private final String slug;
    private final LocalizedText title;
    private final EventKind kind;
    private final int sortYear;
    private final Integer month;
    private final Integer day;
    private final DatePrecision precision;
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

    private static String iso(DatePrecision precision, int year, Integer month, Integer day) {
        return switch (precision) {
            case DAY -> String.format("%04d-%02d-%02d", year, month, day);
            case MONTH -> String.format("%04d-%02d", year, month);
            case YEAR, DECADE, CENTURY -> String.format("%04d", year);
            case UNDATED -> null;
        };
    }

}
