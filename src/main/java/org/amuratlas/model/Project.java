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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A concrete cross-border undertaking: pipeline, bridge, corridor, zone, expo, programme. */
@Entity
@Table(name = "project")
public class Project extends PanacheEntityBase {

    @Id
    public String slug;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProjectKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProjectStatus status;

    /** When the status was last reported, as the source dates it (e.g. "June 2024"). */
    @Column(nullable = false)
    public String statusAsOf;

    public Integer startYear;

    public Integer completionYear;

    /** Headline capacity or figure, as printed. */
    @Column(precision = 20, scale = 4)
    public BigDecimal capacity;

    public String capacityUnit;

    /** The source's own hedge on the headline figure ("more than 6 million tonnes"); null when there is no figure. */
    @Enumerated(EnumType.STRING)
    public FigureQualifier capacityQualifier;

    /** What the headline figure measures and how the source qualifies it. */
    @Column(length = 600)
    public String capacityNote;

    @Column(nullable = false, length = 4000)
    public String summary;

    @Column(length = 2000)
    public String note;

    @ManyToMany
    @JoinTable(name = "project_theme", joinColumns = @JoinColumn(name = "project_slug"),
            inverseJoinColumns = @JoinColumn(name = "theme_slug"))
    public List<Theme> themes = new ArrayList<>();

    /** In route order from end to end (maps draw the route through them in this order), then other sites. */
    @ManyToMany
    @JoinTable(name = "project_place", joinColumns = @JoinColumn(name = "project_slug"),
            inverseJoinColumns = @JoinColumn(name = "place_slug"))
    @OrderColumn(name = "seq")
    public List<Place> places = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "project_citation", joinColumns = @JoinColumn(name = "project_slug"))
    public List<Citation> citations = new ArrayList<>();
}
