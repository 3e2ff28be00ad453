package org.amuratlas.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A strand of the cooperation (energy, corridors, ...): the atlas's main way in. */
@Entity
@Table(name = "theme")
public class Theme extends PanacheEntityBase {

    @Id
    public String slug;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false, length = 600)
    public String intro;

    @Column(nullable = false, length = 6000)
    public String overview;

    @Column(nullable = false)
    public int displayOrder;
}
