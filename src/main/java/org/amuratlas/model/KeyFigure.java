package org.amuratlas.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** One number a source prints, with its unit, qualifier and date, exactly as printed. */
@Entity
@Table(name = "key_figure")
public class KeyFigure extends PanacheEntityBase {

    @Id
    public String slug;

    @Column(nullable = false)
    public String label;

    @Column(name = "figure_value", nullable = false, precision = 20, scale = 4)
    public BigDecimal value;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FigureQualifier qualifier;

    @Column(nullable = false)
    public String unit;

    /** The date or period the figure refers to. */
    @Column(nullable = false)
    public String asOf;

    /** Shown on the home page. */
    @Column(nullable = false)
    public boolean featured;

    @Column(nullable = false)
    public int displayOrder;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "theme_slug", nullable = false)
    public Theme theme;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "project_slug")
    public Project project;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "place_slug")
    public Place place;

    @Column(length = 1000)
    public String note;

    @ElementCollection
    @CollectionTable(name = "key_figure_citation", joinColumns = @JoinColumn(name = "key_figure_slug"))
    public List<Citation> citations = new ArrayList<>();
}
