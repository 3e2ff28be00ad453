package org.amuratlas.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A document the atlas draws on. Every other record cites one or more of these. */
@Entity
@Table(name = "source")
public class Source extends PanacheEntityBase {

    @Id
    public String slug;

    @Column(nullable = false, length = 400)
    public String title;

    /** Authors as printed, or null where the document names none. */
    public String authors;

    /** Journal, news outlet or publisher; null where the copy does not say. */
    public String outlet;

    /** Volume, issue and pages for papers. */
    public String bibliographic;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SourceKind kind;

    /** Publication date where known to the day; see {@link #dateLabel} for how it is shown. */
    public LocalDate publishedOn;

    /** Year of publication (printed or inferred), for ordering. */
    @Column(nullable = false)
    public int publishedYear;

    /** The date as the atlas can vouch for it, e.g. "23 March 2022" or "2023 (inferred, see note)". */
    @Column(nullable = false)
    public String dateLabel;

    public String doi;

    public String url;

    /** BCP-47 language of the copy the atlas read. */
    @Column(nullable = false)
    public String language;

    /** File name of the copy in the project's seed collection. */
    public String seedFile;

    @Column(nullable = false, length = 2000)
    public String summary;

    /** Editorial note on gaps or problems in the source. */
    @Column(length = 2000)
    public String note;
}
