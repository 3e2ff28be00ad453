package org.amuratlas.model;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.h2.tools.RunScript;

/**
 * Loads the curated dataset (import.sql) into the schema Hibernate has just created, before the HTTP server opens.
 * H2's own script runner executes it: Hibernate's load-script parser, an ANTLR grammar still running in the
 * interpreter at that point, took about a quarter of the start-up time. A failing row (a broken reference, a typo)
 * stops the start, as the curators' workflow expects.
 */
@ApplicationScoped
class DatasetLoader {

    static final String SCRIPT = "import.sql";

    void load(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent start, AgroalDataSource database)
            throws SQLException {
        // A class path resource, listed in quarkus.native.resources.includes for the native image.
        try (InputStream script = DatasetLoader.class.getClassLoader().getResourceAsStream(SCRIPT)) {
            if (script == null) {
                throw new IllegalStateException(SCRIPT + " is not on the class path");
            }
            try (Reader reader = new InputStreamReader(script, StandardCharsets.UTF_8);
                    Connection connection = database.getConnection()) {
                RunScript.execute(connection, reader);
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
