package org.amuratlas.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.tools.RunScript;

/**
 * A fresh in-memory H2 database with the app's schema (checked in as {@value #SCHEMA}, kept equal to the app's by
 * DatasetIntegrityTest) and a dataset script loaded into it, the way DatasetLoader loads import.sql at start.
 */
final class ScratchDatabase {

    static final String SCHEMA = "dataset/schema.sql";
    static final String DATASET = "import.sql";
    private static final AtomicInteger NUMBER = new AtomicInteger();

    private ScratchDatabase() {
    }

    /** The dataset as the build copied it to the class path. */
    static String dataset() {
        return classPathText(DATASET);
    }

    /** A new database holding the schema and the given dataset script; closing the connection drops it. */
    static Connection with(String datasetScript) throws SQLException {
        Connection db = DriverManager.getConnection("jdbc:h2:mem:mutation-" + NUMBER.incrementAndGet(), "sa", "");
        try {
            RunScript.execute(db, new StringReader(classPathText(SCHEMA)));
            RunScript.execute(db, new StringReader(datasetScript));
            return db;
        } catch (SQLException | RuntimeException failed) {
            db.close();
            throw failed;
        }
    }

    /**
     * The statements that make the schema, from H2's {@code SCRIPT NODATA}: tables, keys and constraints, without
     * row counts, users or settings (which vary from run to run).
     */
    static String schemaOf(Connection db) throws SQLException {
        List<String> statements = new ArrayList<>();
        try (Statement statement = db.createStatement(); ResultSet script = statement.executeQuery("SCRIPT NODATA")) {
            while (script.next()) {
                String line = script.getString(1);
                if (line.startsWith("CREATE") && !line.startsWith("CREATE USER") || line.startsWith("ALTER TABLE")) {
                    statements.add(line);
                }
            }
        }
        return String.join("\n", statements) + "\n";
    }

    private static String classPathText(String resource) {
        try (InputStream in = ScratchDatabase.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
