package org.amuratlas.web;

import org.amuratlas.ops.EntityTag;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Static files are linked under a content hash and cached for a year there; the plain names keep working. */
@QuarkusTest
class StaticAssetsTest {

    private static final Path STATIC_ROOT = Path.of("src", "main", "resources", "META-INF", "resources");
    private static final Pattern STYLESHEET = Pattern.compile("href=\"(/css/atlas\\.[0-9a-f]{10}\\.css)\"");

    @Test
    void pagesLinkTheFingerprintedStylesheetWhichIsImmutable() {
        String page = given().when().get("/themes/energy").then().statusCode(200).extract().asString();
        Matcher link = STYLESHEET.matcher(page);
        assertTrue(link.find(), "no fingerprinted stylesheet link in the page");
        String etag = given().when().get(link.group(1)).then().statusCode(200)
                .contentType(containsString("text/css"))
                .header("Cache-Control", equalTo("public, max-age=31536000, immutable"))
                .body(containsString("font"))
                .extract().header("ETag");
        given().header("If-None-Match", etag).when().get(link.group(1)).then().statusCode(304);
        assertTrue(page.contains("href=\"" + StaticAsset.ICON.fingerprintedPath() + "\""), "fingerprinted icon link");
    }

    @Test
    void plainAndOutdatedNamesServeTheCurrentFileBriefly() {
        String current = given().when().get(StaticAsset.STYLESHEET.fingerprintedPath()).then().extract().asString();
        for (String path : List.of("/css/atlas.css", "/css/atlas.0123456789.css")) {
            String body = given().when().get(path).then().statusCode(200)
                    .header("Cache-Control", containsString("max-age=300"))
                    .header("Cache-Control", not(containsString("immutable")))
                    .extract().asString();
            assertEquals(current, body, path);
        }
        given().when().get("/css/nothing.0123456789.css").then().statusCode(404);
    }

    @Test
    void fingerprintChangesWithTheContent() throws IOException {
        byte[] content = Files.readAllBytes(STATIC_ROOT.resolve("css/atlas.css"));
        String hash = EntityTag.of(content).substring(1, 11);
        assertEquals("/css/atlas." + hash + ".css", StaticAsset.STYLESHEET.fingerprintedPath());
    }

    @Test
    void everyStaticFileIsFingerprinted() throws IOException {
        List<String> registered = Arrays.stream(StaticAsset.values()).map(StaticAsset::path).toList();
        try (Stream<Path> files = Files.walk(STATIC_ROOT)) {
            files.filter(Files::isRegularFile)
                    .map(file -> "/" + STATIC_ROOT.relativize(file).toString().replace('\\', '/'))
                    .forEach(path -> assertTrue(registered.contains(path),
                            path + " is served without a fingerprint: add it to StaticAsset"));
        }
    }
}
