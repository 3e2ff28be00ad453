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

/** An obstacle to cooperation as a source describes it. */
@Entity
@Table(name = "challenge")
public class Challenge extends PanacheEntityBase {

    @Id
    public String slug;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ChallengeCategory category;

    @Column(nullable = false, length = 2000)
    public String summary;

    @ManyToMany
    @JoinTable(name = "challenge_theme", joinColumns = @JoinColumn(name = "challenge_slug"),
            inverseJoinColumns = @JoinColumn(name = "theme_slug"))
    public List<Theme> themes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "challenge_citation", joinColumns = @JoinColumn(name = "challenge_slug"))
    public List<Citation> citations = new ArrayList<>();
}
