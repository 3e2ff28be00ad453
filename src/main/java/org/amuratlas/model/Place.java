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

/** A city, crossing, port, field or region, named in English, Russian and Chinese. */
@Entity
@Table(name = "place")
public class Place extends PanacheEntityBase {

    @Id
    public String slug;

    @Column(nullable = false)
    public String nameEn;

    @Column(nullable = false)
    public String nameRu;

    @Column(nullable = false)
    public String nameZh;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Country country;

    /** Province, oblast or krai (or the country for regions themselves). */
    @Column(nullable = false)
    public String region;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PlaceKind kind;

    /** WGS84 degrees; approximate centre for regions. */
    @Column(nullable = false)
    public double latitude;

    @Column(nullable = false)
    public double longitude;

    /**
     * For a region or country, the areas the map shades for it: ISO 3166-2 codes of provinces and federal subjects
     * ("CN-HL CN-JL CN-LN"), or an ISO 3166-1 country code, space-separated; each must be a feature of the shipped
     * outline. Null for points and for areas the map has no outline for (a delta, a sea).
     */
    @Column(length = 200)
    public String outline;

    @Column(nullable = false, length = 2000)
    public String summary;

    /** Editorial note, e.g. how a source spelled the name. */
    @Column(length = 2000)
    public String note;

    @ElementCollection
    @CollectionTable(name = "place_citation", joinColumns = @JoinColumn(name = "place_slug"))
    public List<Citation> citations = new ArrayList<>();
}
