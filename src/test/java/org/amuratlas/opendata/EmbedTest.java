package org.amuratlas.opendata;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** Charts that travel: the SVG file with its title, sources and licence, and the one page other sites may frame. */
@QuarkusTest
class EmbedTest {

    @Test
    void theSvgCarriesTitleSourceAndLicence() throws Exception {
        byte[] svg = given().when().get("/data/heilongjiang-russia-trade.svg").then().statusCode(200)
                .contentType("image/svg+xml").header("Vary", "Accept-Language").extract().asByteArray();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Element root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg)).getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
        String text = root.getTextContent();
        assertTrue(text.contains("Heilongjiang"), "title");
        assertTrue(text.contains("Source: Song (2019), Table 1"), text);
        assertTrue(text.contains("dataset version 2026-11-30. Licence: CC BY 4.0"), text);
        assertTrue(root.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path").getLength() > 0, "the lines");
        String ru = given().when().get("/ru/data/heilongjiang-russia-trade.svg").then().statusCode(200).extract().asString();
        assertTrue(ru.contains("Источник: Song (2019)") && ru.contains("Лицензия: CC BY 4.0"), ru);
    }

    @Test
    void theEmbedPageMayBeFramedByAnySite() {
        for (String path : new String[] {"/embed/data/heilongjiang-russia-trade", "/en/embed/data/heilongjiang-russia-trade"}) {
            for (int twice = 0; twice < 2; twice++) { // rendered, then from the page cache
                Response page = given().when().get(path);
                page.then().statusCode(200)
                        .body(containsString("<svg"))
                        .body(containsString("Source: Song (2019), Table 1"))
                        .body(containsString("Licence: CC BY 4.0"))
                        .body(containsString("href=\"http://localhost:8080/data/heilongjiang-russia-trade\""));
                assertEquals(1, page.headers().getValues("Content-Security-Policy").size(), path);
                assertTrue(page.header("Content-Security-Policy").endsWith("frame-ancestors *"), path);
                assertEquals(null, page.header("X-Frame-Options"), path);
            }
        }
    }

    @Test
    void everyOtherPageStaysUnframeable() {
        for (String path : new String[] {"/", "/data/heilongjiang-russia-trade", "/ru/projects", "/about",
                "/data/heilongjiang-russia-trade.svg"}) {
            Response page = given().when().get(path);
            assertEquals(1, page.headers().getValues("Content-Security-Policy").size(), path);
            assertTrue(page.header("Content-Security-Policy").contains("frame-ancestors 'none'"), path);
            assertEquals("DENY", page.header("X-Frame-Options"), path);
        }
    }

    @Test
    void theSeriesPageOffersTheCodeToCopy() {
        String page = given().when().get("/data/heilongjiang-russia-trade").then().statusCode(200)
                .body(containsString("&lt;iframe src=&quot;http://localhost:8080/embed/data/heilongjiang-russia-trade&quot;"))
                .body(containsString("href=\"/en/data/heilongjiang-russia-trade.svg\""))
                .extract().asString();
        java.util.regex.Matcher height = java.util.regex.Pattern.compile("height=&quot;(\\d+)&quot;").matcher(page);
        assertTrue(height.find(), "the frame's height");
        assertTrue(Integer.parseInt(height.group(1)) > 1000, "three charts need a tall frame: " + height.group(1));
    }

    @Test
    void anUnknownSeriesIsNotFound() {
        given().when().get("/data/no-such-series.svg").then().statusCode(404);
        given().when().get("/embed/data/no-such-series").then().statusCode(404);
    }
}
