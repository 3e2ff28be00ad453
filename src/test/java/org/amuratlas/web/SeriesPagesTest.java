package org.amuratlas.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Charts that tell the truth: the axis in the unit the values are in, with the printed unit and the editorial note
 * beside the chart; figures of different periods never on one scale; two years compared; labels, never keys.
 */
@QuarkusTest
class SeriesPagesTest {

    @Test
    void theTradeAxisIsInHundredsOfMillionsWithThePrintedUnitAndTheNoteBeside() {
        String html = given().when().get("/data/heilongjiang-russia-trade").then().statusCode(200).extract().asString();
        assertTrue(html.contains("rotate(-90)\" text-anchor=\"middle\" fill=\"#1d232b\">100 million US dollars</text>")
                && html.contains(">(printed: million US dollars)</text>"), "the axis says the real unit, the printed one beside it");
        assertTrue(html.contains("Unit as printed: <strong>million US dollars</strong>"), "the printed unit kept");
        assertTrue(html.contains("units of 100 million"), "the editorial note beside it");
        assertFalse(html.contains(">million US dollars (as printed)</text>"), "no axis in the printed unit");
    }

    /** A point's tooltip (its SVG title) gives the value in the unit its chart's axis states, in every language. */
    @Test
    void eachPointsTooltipStatesTheAxisUnit() {
        String english = given().when().get("/en/data/heilongjiang-russia-trade").then().statusCode(200).extract().asString();
        assertTrue(english.contains("<title>Total volume, 2018: 181.9 100 million US dollars (printed: million US dollars)</title>"),
                "a volume in the axis's unit");
        assertTrue(english.contains("<title>Total, year-over-year growth, 2018: 64.7%</title>"), "a growth rate in per cent");
        Pattern chartPattern = Pattern.compile("<svg class=\"chart\".*?</svg>", Pattern.DOTALL);
        Pattern axisLine = Pattern.compile("rotate\\(-90\\)\" text-anchor=\"middle\" fill=\"#1d232b\">([^<]*)</text>");
        Pattern tooltip = Pattern.compile("<circle [^>]*><title>([^<]*)</title></circle>");
        for (String language : List.of("en", "ru", "zh")) {
            String html = given().when().get("/" + language + "/data/heilongjiang-russia-trade").then().statusCode(200)
                    .extract().asString();
            Matcher chart = chartPattern.matcher(html);
            int tooltips = 0;
            while (chart.find()) {
                List<String> axis = new ArrayList<>();
                Matcher line = axisLine.matcher(chart.group());
                while (line.find()) {
                    axis.add(line.group(1));
                }
                String unit = String.join(" ", axis).replace("&quot;", "\"").replace("&amp;", "&");
                assertFalse(unit.isBlank(), language + ": a chart without a unit on its axis");
                Matcher point = tooltip.matcher(chart.group());
                while (point.find()) {
                    tooltips++;
                    String title = point.group(1).replace("&quot;", "\"").replace("&amp;", "&");
                    assertTrue(title.matches(".*\\d[\\s\u00a0]?" + Pattern.quote(unit)), language + ": \"" + title
                            + "\" does not end with the axis's unit \"" + unit + "\"");
                }
            }
            assertTrue(tooltips >= 3 * 11, language + ": tooltips checked: " + tooltips);
        }
    }

    @Test
    void figuresOfDifferentPeriodsAreNeverDrawnToOneScale() {
        for (String slug : new String[] {"power-of-siberia-gas", "border-bridge-cargo"}) {
            given().when().get("/data/" + slug).then().statusCode(200)
                    .body(not(containsString("<svg class=\"chart\"")))
                    .body(containsString("cover different periods or are cumulative and yearly, so no chart draws them to one scale"))
                    .body(containsString("<caption id=\"values-caption\">"));
        }
        given().when().get("/themes/energy").then().body(not(containsString("chart-power-of-siberia-gas")));
    }

    @Test
    void aReaderComparesTwoYears() {
        given().when().get("/data/heilongjiang-russia-trade?from=2010&to=2018").then().statusCode(200)
                .body(containsString("<form class=\"filters compare\" method=\"get\" action=\"/en/data/heilongjiang-russia-trade#compare\">"))
                .body(containsString("<option value=\"2010\" selected>2010</option>"))
                .body(containsString("<caption id=\"compare-caption\">2010 and 2018, from the values as printed</caption>"))
                // total 74.7 (2010) to 181.9 (2018): +107.2, +143.5 %
                .body(containsString("<td class=\"num\">74.7</td><td class=\"num\">181.9</td><td class=\"num\">+107.2</td><td class=\"num\">+143.5</td>"))
                // a share: 29.3 % to 69.8 %, a change in percentage points, not per cent
                .body(containsString("<td class=\"num\">29.3</td><td class=\"num\">69.8</td><td class=\"num\">+40.5 <span class=\"muted small\">percentage points</span></td><td class=\"num\"></td>"));
        // the years may come either way round; without them, the first and the last
        given().when().get("/data/heilongjiang-russia-trade?from=2018&to=2010").then().statusCode(200)
                .body(containsString("2010 and 2018, from the values as printed"));
        given().when().get("/data/heilongjiang-russia-trade").then().body(containsString("2008 and 2018, from the values as printed"));
        given().when().get("/data/power-of-siberia-gas").then().body(not(containsString("compare-caption")));
    }

    @Test
    void badYearsAreA400() {
        given().when().get("/data/heilongjiang-russia-trade?from=1999").then().statusCode(400)
                .body(containsString("from")).body(not(containsString("Exception")));
        given().when().get("/data/heilongjiang-russia-trade?to=twenty").then().statusCode(400);
    }

    @Test
    void notesAndTablesUseLabelsNeverKeys() {
        String html = given().when().get("/data/heilongjiang-russia-trade").then().extract().asString();
        String text = html.replaceAll("<[^>]*>", " ");
        for (String key : new String[] {"imports_growth", "exports_growth", "total_growth", "share_china", "share_province"}) {
            assertFalse(text.contains(key), key + " shown to readers");
        }
        assertTrue(text.contains("Imports, year-over-year growth"));
    }
}
