package org.amuratlas.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** A statistical table: its measures (columns) and their observations, with the unit as printed. */
@Entity
@Table(name = "series")
public class Series extends PanacheEntityBase {

    @Id
    public String slug;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false, length = 2000)
    public String description;

    /** The unit exactly as the source prints it. */
    @Column(nullable = false)
    public String unitAsPrinted;

    /** Editorial note where the printed unit is doubtful. */
    @Column(length = 2000)
    public String unitNote;

    @Column(nullable = false)
    public int displayOrder;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "theme_slug", nullable = false)
    public Theme theme;

    @ElementCollection
    @CollectionTable(name = "series_measure", joinColumns = @JoinColumn(name = "series_slug"))
    @OrderColumn(name = "seq")
    public List<SeriesMeasure> measures = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "series_observation", joinColumns = @JoinColumn(name = "series_slug"))
    public List<Observation> observations = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "series_citation", joinColumns = @JoinColumn(name = "series_slug"))
    public List<Citation> citations = new ArrayList<>();
}
