package org.amuratlas.model;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The release date of the curated dataset (import.sql), kept in one place: {@code atlas.dataset.version} in
 * application.properties. Everything that says when the data last changed (Last-Modified, If-Modified-Since) reads
 * it here, so that every replica of a build says the same, whenever it started.
 */
@ApplicationScoped
public class DatasetVersion {

    @ConfigProperty(name = "atlas.dataset.version")
    LocalDate date;

    public LocalDate date() {
        return date;
    }

    /** Midnight UTC of the release date: the moment the published data took its present form. */
    public Instant releasedAt() {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
