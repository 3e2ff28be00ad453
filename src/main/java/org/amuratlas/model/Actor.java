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
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** A person, government, company or group that acts in events or holds a position. */
@Entity
@Table(name = "actor")
public class Actor extends PanacheEntityBase {

    @Id
    public String slug;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ActorKind kind;

    /** Null for groups that are not tied to one country (e.g. "Western governments"). */
    @Enumerated(EnumType.STRING)
    public Country country;

    /** The role in which the sources present the actor, with its date where it matters. */
    @Column(nullable = false, length = 400)
    public String role;

    @ElementCollection
    @CollectionTable(name = "actor_citation", joinColumns = @JoinColumn(name = "actor_slug"))
    public List<Citation> citations = new ArrayList<>();
}
