package org.amuratlas.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The schema front-end developers code against is checked in at src/main/graphql/schema.graphql. This fails when
 * the served schema drifts from it. After an intended change, refresh the file with
 * {@code ./mvnw test -Dtest=SchemaFileTest -Datlas.schema.update=true} and commit it.
 */
@QuarkusTest
class SchemaFileTest {

    private static final Path SCHEMA_FILE = Path.of("src", "main", "graphql", "schema.graphql");

    @Test
    void servedSchemaMatchesTheCheckedInFile() throws IOException {
        String served = given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("atlas.schema.update")) {
            Files.writeString(SCHEMA_FILE, served, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(SCHEMA_FILE, StandardCharsets.UTF_8), served,
                "The served GraphQL schema differs from " + SCHEMA_FILE + "; see this test's javadoc");
    }
}
