package org.amuratlas.dataset;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The curator's safety net: every consistency of the dataset (import.sql, as loaded) that can be checked, over
 * plain JDBC so that it runs against the app's database, a scratch copy with a deliberate error in it
 * (DatasetMutationTest), or under mutation testing. An empty list means the dataset passes; each {@link Violation}
 * names its {@link Check}, the record and what is wrong.
 */
public final class DatasetChecks {

    private DatasetChecks() {
    }

    public static List<Violation> run(Connection db) throws SQLException {
        List<Violation> violations = new ArrayList<>();
        CitationChecks.run(db, violations);
        RecordChecks.run(db, violations);
        SeriesChecks.run(db, violations);
        TranslationChecks.run(db, violations);
        return violations;
    }
}
