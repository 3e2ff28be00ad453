package org.amuratlas.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A dated happening. The date carries its precision: a treaty "in the mid-19th century" is not a day. */
@Entity
@Table(name = "event")
public class Event extends PanacheEntityBase {

    @Id
    public String slug;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EventKind kind;

    /** Year used to order the timeline; for UNDATED events an editorial ordering key (see note). */
    @Column(nullable = false)
    public int sortYear;

    public Integer eventMonth;

    public Integer eventDay;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DatePrecision precision;

    @Column(nullable = false, length = 4000)
    public String summary;

    @Column(length = 2000)
    public String note;

    @ManyToMany
    @JoinTable(name = "event_theme", joinColumns = @JoinColumn(name = "event_slug"),
            inverseJoinColumns = @JoinColumn(name = "theme_slug"))
    @OrderBy("displayOrder")
    public List<Theme> themes = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "event_place", joinColumns = @JoinColumn(name = "event_slug"),
            inverseJoinColumns = @JoinColumn(name = "place_slug"))
    @OrderBy("nameEn")
    public List<Place> places = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "event_project", joinColumns = @JoinColumn(name = "event_slug"),
            inverseJoinColumns = @JoinColumn(name = "project_slug"))
    @OrderBy("name")
    public List<Project> projects = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "event_actor", joinColumns = @JoinColumn(name = "event_slug"),
            inverseJoinColumns = @JoinColumn(name = "actor_slug"))
    @OrderBy("name")
    public List<Actor> actors = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "event_citation", joinColumns = @JoinColumn(name = "event_slug"))
    public List<Citation> citations = new ArrayList<>();

    /** The date as precisely as the sources allow, e.g. "1 December 2024", "March 2023", "mid-19th century". */
    public String dateLabel() {
        return switch (precision) {
            case DAY -> eventDay + " " + monthName() + " " + sortYear;
            case MONTH -> monthName() + " " + sortYear;
            case YEAR -> Integer.toString(sortYear);
            case DECADE -> "the " + sortYear + "s";
            case CENTURY -> centuryLabel();
            case UNDATED -> "antiquity";
        };
    }

    /** ISO 8601 reduced-precision form, for machine use (time elements, CSV, GraphQL). */
    public String isoDate() {
        return switch (precision) {
            case DAY -> String.format("%04d-%02d-%02d", sortYear, eventMonth, eventDay);
            case MONTH -> String.format("%04d-%02d", sortYear, eventMonth);
            case YEAR, DECADE, CENTURY -> String.format("%04d", sortYear);
            case UNDATED -> null;
        };
    }

    private String monthName() {
        return Month.of(eventMonth).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private String centuryLabel() {
        int century = sortYear / 100 + 1;
        String ordinal = century + (century % 10 == 1 && century != 11 ? "st" : century % 10 == 2 && century != 12 ? "nd"
                : century % 10 == 3 && century != 13 ? "rd" : "th");
        return (sortYear % 100 == 50 ? "mid-" : "") + ordinal + " century";
    }

    private static final String CHRONOLOGICAL = " order by sortYear, coalesce(eventMonth, 0), coalesce(eventDay, 0), slug";

    public static List<Event> listByTheme(String themeSlug) {
        return listFor(themeSlug, null);
    }

    public static List<Event> listByProject(String projectSlug) {
        return list("from Event e where exists (select 1 from Event e2 join e2.projects p where e2 = e and p.slug = ?1)"
                + CHRONOLOGICAL, projectSlug);
    }

    public static List<Event> listByPlace(String placeSlug) {
        return list("from Event e where exists (select 1 from Event e2 join e2.places p where e2 = e and p.slug = ?1)"
                + CHRONOLOGICAL, placeSlug);
    }

    public static List<Event> listLatest(int count) {
        return find("precision <> ?1 order by sortYear desc, coalesce(eventMonth, 0) desc, coalesce(eventDay, 0) desc, slug",
                DatePrecision.UNDATED).page(0, count).list();
    }

    /** Events in date order, filtered by theme slug and year range (each optional). */
    public static ResultPage<Event> page(String themeSlug, Integer fromYear, Integer toYear, PageRequest request) {
        var query = filtered(themeSlug, fromYear, toYear);
        return ResultPage.of(query, request);
    }

    /** All events of a theme (or all themes, if null) in an era (or all eras, if null), in date order. */
    public static List<Event> listFor(String themeSlug, Era era) {
        return era == null ? filtered(themeSlug, null, null).list()
                : filtered(themeSlug, era.fromYear, era.toYear).list();
    }

    private static io.quarkus.hibernate.orm.panache.PanacheQuery<Event> filtered(String themeSlug, Integer fromYear,
            Integer toYear) {
        StringBuilder where = new StringBuilder("1 = 1");
        io.quarkus.panache.common.Parameters params = new io.quarkus.panache.common.Parameters();
        if (themeSlug != null) {
            where.append(" and exists (select 1 from Event e2 join e2.themes t where e2 = e and t.slug = :theme)");
            params.and("theme", themeSlug);
        }
        if (fromYear != null) {
            where.append(" and e.sortYear >= :fromYear");
            params.and("fromYear", fromYear);
        }
        if (toYear != null) {
            where.append(" and e.sortYear <= :toYear");
            params.and("toYear", toYear);
        }
        return find("from Event e where " + where + CHRONOLOGICAL, params);
    }
}
