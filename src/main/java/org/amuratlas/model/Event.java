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
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

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
    public List<Theme> themes = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "event_place", joinColumns = @JoinColumn(name = "event_slug"),
            inverseJoinColumns = @JoinColumn(name = "place_slug"))
    public List<Place> places = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "event_project", joinColumns = @JoinColumn(name = "event_slug"),
            inverseJoinColumns = @JoinColumn(name = "project_slug"))
    public List<Project> projects = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "event_actor", joinColumns = @JoinColumn(name = "event_slug"),
            inverseJoinColumns = @JoinColumn(name = "actor_slug"))
    public List<Actor> actors = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "event_citation", joinColumns = @JoinColumn(name = "event_slug"))
    public List<Citation> citations = new ArrayList<>();
}
