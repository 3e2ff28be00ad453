package org.amuratlas.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** A proposal a source makes, attributed to whoever proposes it. */
@Entity
@Table(name = "recommendation")
public class Recommendation extends PanacheEntityBase {

    @Id
    public String slug;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false, length = 2000)
    public String summary;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "proposed_by_slug", nullable = false)
    public Actor proposedBy;

    @ManyToMany
    @JoinTable(name = "recommendation_theme", joinColumns = @JoinColumn(name = "recommendation_slug"),
            inverseJoinColumns = @JoinColumn(name = "theme_slug"))
    public List<Theme> themes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "recommendation_citation", joinColumns = @JoinColumn(name = "recommendation_slug"))
    public List<Citation> citations = new ArrayList<>();
}
