package org.amuratlas.opendata;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The Atom feed, the sitemap and robots.txt, parsed as XML by namespace, as feed readers and crawlers do. */
@QuarkusTest
class SiteIndexesTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    @Test
    void theFeedIsValidAtom() throws Exception {
        byte[] body = given().when().get("/feed.atom").then().statusCode(200).contentType("application/atom+xml")
                .extract().asByteArray();
        Element feed = parse(body).getDocumentElement();
        assertEquals(ATOM, feed.getNamespaceURI());
        assertEquals("feed", feed.getLocalName());
        assertEquals("http://localhost:8080/en/feed.atom", child(feed, "id").getTextContent());
        assertEquals("2026-11-30T00:00:00Z", child(feed, "updated").getTextContent());
        assertNotNull(child(child(feed, "author"), "name"));
        assertEquals("Amur–Heilongjiang Cooperation Atlas", child(feed, "title").getTextContent());
        boolean self = false;
        for (Element link : children(feed, "link")) {
            self |= "self".equals(link.getAttribute("rel"))
                    && "http://localhost:8080/en/feed.atom".equals(link.getAttribute("href"));
        }
        assertTrue(self, "a self link");
        List<Element> entries = children(feed, "entry");
        assertTrue(entries.size() >= AtomFeed.EVENTS, "releases and events: " + entries.size());
        Set<String> ids = new HashSet<>();
        for (Element entry : entries) {
            assertTrue(ids.add(child(entry, "id").getTextContent()), "ids are unique");
            assertFalse(child(entry, "title").getTextContent().isBlank());
            OffsetDateTime.parse(child(entry, "updated").getTextContent());
            assertNotNull(child(entry, "link"));
        }
        // the release first, then the latest events
        assertEquals("Dataset release 2026.11.30", child(entries.get(0), "title").getTextContent());
        assertTrue(child(entries.get(0), "content").getTextContent().contains("Бохайский залив"));
        assertTrue(child(entries.get(0), "content").getTextContent().contains("<strong>2016 was not the lowest year"));
        assertTrue(child(entries.get(1), "title").getTextContent().startsWith("1 December 2024: "),
                child(entries.get(1), "title").getTextContent());
        assertTrue(ids.contains("http://localhost:8080/timeline#power-of-siberia-max-supply-2024")
                || ids.stream().anyMatch(id -> id.startsWith("http://localhost:8080/timeline#")), ids.toString());
    }

    @Test
    void theFeedComesInTheReadersLanguage() throws Exception {
        Element feed = parse(given().when().get("/ru/feed.atom").then().statusCode(200).extract().asByteArray())
                .getDocumentElement();
        assertEquals("ru", feed.getAttribute("xml:lang"));
        assertEquals("Атлас сотрудничества «Амур — Хэйлунцзян»", child(feed, "title").getTextContent());
        assertEquals("http://localhost:8080/ru/feed.atom", child(feed, "id").getTextContent());
    }

    @Test
    void theSitemapListsEveryPageInEveryLanguageWithItsAlternates() throws Exception {
        Element urlset = parse(given().when().get("/sitemap.xml").then().statusCode(200).contentType("application/xml")
                .extract().asByteArray()).getDocumentElement();
        assertEquals(SITEMAP, urlset.getNamespaceURI());
        Set<String> locations = new HashSet<>();
        for (Element url : children(urlset, "url")) {
            String loc = child(url, "loc").getTextContent();
            assertTrue(locations.add(loc), "listed once: " + loc);
            assertEquals("2026-11-30", child(url, "lastmod").getTextContent());
            NodeList links = url.getElementsByTagNameNS(XHTML, "link");
            List<String> hreflangs = new ArrayList<>();
            boolean listsItself = false;
            for (int i = 0; i < links.getLength(); i++) {
                Element link = (Element) links.item(i);
                assertEquals("alternate", link.getAttribute("rel"));
                hreflangs.add(link.getAttribute("hreflang"));
                listsItself |= link.getAttribute("href").equals(loc);
            }
            assertEquals(List.of("en", "ru", "zh-Hans", "x-default"), hreflangs, loc);
            assertTrue(listsItself, loc + " lists itself among its alternates");
        }
        List<Map<String, Object>> projects = given().contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("query", "{ projects(limit: 100) { items { slug } } places(limit: 100) { items { slug } } }"))
                .when().post("/graphql").then().extract().jsonPath().getList("data.projects.items");
        for (Map<String, Object> project : projects) {
            for (String language : List.of("en", "ru", "zh")) {
                String loc = "http://localhost:8080/" + language + "/projects/" + project.get("slug");
                assertTrue(locations.contains(loc), loc);
            }
        }
        for (String page : List.of("/", "/about", "/timeline", "/data/heilongjiang-russia-trade", "/themes/energy",
                "/places/heihe", "/sources")) {
            assertTrue(locations.contains("http://localhost:8080/zh" + page), page);
        }
    }

    @Test
    void robotsNamesTheSitemap() {
        String robots = given().when().get("/robots.txt").then().statusCode(200).contentType("text/plain")
                .extract().asString();
        assertTrue(robots.lines().anyMatch(line -> line.equals("Sitemap: http://localhost:8080/sitemap.xml")), robots);
        assertTrue(robots.startsWith("User-agent: *\n"), robots);
    }

    @Test
    void revalidatesWithTheSameValidatorsEverywhere() {
        String etag = given().when().get("/sitemap.xml").then().statusCode(200)
                .header("Last-Modified", "Mon, 30 Nov 2026 00:00:00 GMT").extract().header("ETag");
        given().header("If-None-Match", etag).when().get("/sitemap.xml").then().statusCode(304);
        String feedTag = given().when().get("/feed.atom").then().extract().header("ETag");
        given().header("If-None-Match", feedTag).when().get("/feed.atom").then().statusCode(304);
    }

    private static void assertFalse(boolean condition) {
        org.junit.jupiter.api.Assertions.assertFalse(condition);
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertTrue(!found.isEmpty(), parent.getLocalName() + " has a " + name);
        return found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (org.w3c.dom.Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && name.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }
}
