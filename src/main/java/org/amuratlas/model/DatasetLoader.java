package org.amuratlas.model;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Loads the curated dataset (import.sql) into the schema Hibernate has just created, before the HTTP server opens.
 * H2 reads the script itself (RUNSCRIPT): Hibernate's load-script parser, an ANTLR grammar still running in the
 * interpreter at that point, took about a quarter of the start-up time. A failing row (a broken reference, a typo)
 * stops the start, as the curators' workflow expects.
 */
@ApplicationScoped
class DatasetLoader {

    static final String SCRIPT = "import.sql";

    void load(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent start, AgroalDataSource database)
            throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("RUNSCRIPT FROM 'classpath:/" + SCRIPT + "' CHARSET 'UTF-8'");
        }
    }
}
