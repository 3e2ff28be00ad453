package org.amuratlas.ops;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.amuratlas.read.Atlas;
import org.amuratlas.read.Language;
import org.amuratlas.read.Reads;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once the curated dataset is loaded and the read model built from it: an instance with an empty database
 * or no read model must not take traffic.
 */
@Readiness
@ApplicationScoped
public class DatasetReadiness implements HealthCheck {

    @Inject
    Reads reads;

    @Override
    public HealthCheckResponse call() {
        if (!reads.ready()) {
            return HealthCheckResponse.named("dataset").down().build();
        }
        Atlas atlas = reads.in(Language.EN);
        int themes = atlas.themes().size();
        int projects = atlas.projects().size();
        int sources = atlas.sources().size();
        return HealthCheckResponse.named("dataset")
                .status(themes > 0 && projects > 0 && sources > 0)
                .withData("themes", themes).withData("projects", projects).withData("sources", sources)
                .build();
    }
}
