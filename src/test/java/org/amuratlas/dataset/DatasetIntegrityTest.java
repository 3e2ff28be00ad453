package org.amuratlas.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import org.amuratlas.model.Series;
import org.amuratlas.model.Source;
import org.amuratlas.model.Theme;
import org.junit.jupiter.api.Test;

/**
 * The curated dataset (import.sql) as the app loaded it passes every check of {@link DatasetChecks}; a few facts
 * the atlas is built around are there. DatasetMutationTest shows that the checks catch what they claim to.
 */
@QuarkusTest
class DatasetIntegrityTest {

    @Inject
    AgroalDataSource database;

    @Test
    void theLoadedDatasetPassesEveryCheck() throws SQLException {
        try (Connection db = database.getConnection()) {
            List<Violation> violations = DatasetChecks.run(db);
            assertEquals("", violations.stream().map(Violation::toString).collect(Collectors.joining("\n")),
                    violations.size() + " violations");
        }
    }

    /**
     * The plain unit tests of the checks load import.sql into a scratch database with the schema checked in at
     * src/test/resources/dataset/schema.sql. After a change to the entities, refresh it with
     * {@code ./mvnw test -Dtest=DatasetIntegrityTest -Datlas.dataset-schema.update=true} and commit it.
     */
    @Test
    void checkedInSchemaIsTheAppsSchema() throws SQLException, IOException {
        Path file = Path.of("src", "test", "resources", ScratchDatabase.SCHEMA);
        String schema;
        try (Connection db = database.getConnection()) {
            schema = ScratchDatabase.schemaOf(db);
        }
        if (Boolean.getBoolean("atlas.dataset-schema.update")) {
            Files.writeString(file, schema, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), schema,
                "The app's schema differs from " + file + "; see this test's javadoc");
    }

    @Test
    @Transactional
    void theRequiredThemesAndTheFiveSeedDocumentsAreThere() {
        for (String slug : List.of("energy", "corridors", "agriculture", "history")) {
            assertNotNull(Theme.findById(slug), "missing theme " + slug);
        }
        assertEquals(5, Source.count(), "one source per seed document");
    }

    @Test
    @Transactional
    void tradeTableIsCompleteWithItsUnitNote() {
        Series trade = Series.findById("heilongjiang-russia-trade");
        assertNotNull(trade);
        assertEquals(8, trade.measures.size(), "all eight columns of Table 1");
        assertEquals(88, trade.observations.size(), "11 years x 8 columns");
        assertEquals("million US dollars", trade.unitAsPrinted);
        assertTrue(trade.unitNote.contains("hundreds of millions"), "the unit note explains the printed unit");
        BigDecimal total2018 = trade.observations.stream()
                .filter(o -> o.measureCode.equals("total") && o.periodYear == 2018).findFirst().orElseThrow().value;
        assertEquals(new BigDecimal("181.9"), total2018.stripTrailingZeros());
    }
}
