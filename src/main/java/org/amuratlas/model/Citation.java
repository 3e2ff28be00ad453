package org.amuratlas.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** Where a record comes from: a source document and the place in it (section, table, paragraph). */
@Embeddable
public class Citation {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_slug", nullable = false)
    public Source source;

    @Column(nullable = false, length = 300)
    public String locator;
}
