package org.amuratlas.ops;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import org.amuratlas.model.Project;
import org.amuratlas.model.Source;
import org.amuratlas.model.Theme;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the curated dataset is loaded: an instance with an empty database must not take traffic. */
@Readiness
@ApplicationScoped
public class DatasetReadiness implements HealthCheck {

    @Override
    @ActivateRequestContext
    public HealthCheckResponse call() {
        long themes = Theme.count();
        long projects = Project.count();
        long sources = Source.count();
        return HealthCheckResponse.named("dataset")
                .status(themes > 0 && projects > 0 && sources > 0)
                .withData("themes", themes).withData("projects", projects).withData("sources", sources)
                .build();
    }
}
