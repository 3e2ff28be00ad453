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

/** A position held by someone, attributed to them. The atlas reports positions; it takes none. */
@Entity
@Table(name = "perspective")
public class Perspective extends PanacheEntityBase {

    @Id
    public String slug;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "actor_slug", nullable = false)
    public Actor actor;

    /** The position in the atlas's words, phrased as the actor's ("X says ..."). */
    @Column(nullable = false, length = 2000)
    public String summary;

    /** A short verbatim quotation from the source, where there is one. */
    @Column(length = 600)
    public String quote;

    /** When the position was stated or reported. */
    @Column(nullable = false)
    public String statedWhen;

    @ManyToMany
    @JoinTable(name = "perspective_theme", joinColumns = @JoinColumn(name = "perspective_slug"),
            inverseJoinColumns = @JoinColumn(name = "theme_slug"))
    public List<Theme> themes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "perspective_citation", joinColumns = @JoinColumn(name = "perspective_slug"))
    public List<Citation> citations = new ArrayList<>();
}
