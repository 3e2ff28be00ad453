package org.amuratlas.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.amuratlas.read.Atlas;
import org.amuratlas.read.Citation;
import org.amuratlas.read.KeyFigure;
import org.amuratlas.read.Measure;
import org.amuratlas.read.Language;
import org.amuratlas.read.Reads;
import org.amuratlas.read.Series;
import org.junit.jupiter.api.Test;

/**
 * A key figure taken from a series' table states the unit the series' chart states (the unit the values are in,
 * with the printed unit beside it), in every language: the trade totals of Song's Table 1 are in units of 100
 * million US dollars on the chart's axis, so the key figures say so too, never the bare printed "million".
 */
@QuarkusTest
class KeyFigureUnitsTest {

    @Inject
    Reads reads;

    /** "Table 1, all rows and columns" and "Table 1 (2018 row)" both cite "Table 1". */
    private static String table(Citation citation) {
        return citation.source().slug() + " " + citation.locator().english().split(",| \\(")[0].strip();
    }

    /**
     * Where the atlas reads a series in another unit than the one printed (its measure's unit says "printed: …"),
     * a key figure with a value of that measure, cited to the same table, is in the measure's unit.
     */
    @Test
    void aFigureFromASeriesTableStatesTheSeriesUnit() {
        for (Language language : Language.values()) {
            Atlas atlas = reads.in(language);
            int checked = 0;
            List<String> wrong = new ArrayList<>();
            for (Series series : atlas.series()) {
                Set<String> tables = series.citations().stream().map(KeyFigureUnitsTest::table).collect(Collectors.toSet());
                for (Measure measure : series.measures()) {
                    if (!measure.unit().english().contains("(printed:")) {
                        continue;
                    }
                    for (KeyFigure figure : allFigures(atlas)) {
                        boolean sameTable = figure.citations().stream().map(KeyFigureUnitsTest::table).anyMatch(tables::contains);
                        boolean sameValue = series.observationsOf(measure).stream()
                                .anyMatch(o -> o.value().compareTo(figure.value()) == 0);
                        if (sameTable && sameValue) {
                            checked++;
                            if (!figure.unit().text().equals(measure.unit().text())) {
                                wrong.add(figure.slug() + ": \"" + figure.unit().text() + "\", not \"" + measure.unit().text() + "\"");
                            }
                        }
                    }
                }
            }
            assertTrue(checked >= 3, language + ": key figures from the trade table: " + checked);
            assertTrue(wrong.isEmpty(), language + ": " + wrong);
        }
    }

    @Test
    void theTradeThemeStatesTheChartsUnitBesideEachTotal() {
        record Expected(String prefix, String imports2018, String peak2014, String unit) {
        }
        for (Expected e : List.of(
                new Expected("/en", "170.7", "232.6", "100 million US dollars (printed: million US dollars)"),
                new Expected("/ru", "170,7", "232,6", "100 млн долларов США (в оригинале: млн долларов США)"),
                new Expected("/zh", "170.7", "232.6", "1亿美元（原文印作“百万美元”）"))) {
            String theme = given().when().get(e.prefix() + "/themes/trade-investment").then().statusCode(200)
                    .extract().asString();
            String series = given().when().get(e.prefix() + "/data/heilongjiang-russia-trade").then().statusCode(200)
                    .extract().asString();
            assertTrue(series.contains(e.unit()), e.prefix() + ": the series page's chart and table state " + e.unit());
            for (String value : List.of(e.imports2018(), e.peak2014())) {
                // the number ends the figure's amount (its hedge and number, kept on one line), the unit follows
                Matcher figure = Pattern.compile(Pattern.quote(value)
                        + "(?:</span>)?[\\s\u00a0]*<span class=\"small(?: figure-unit)?\">([^<]*)</span>").matcher(theme);
                assertTrue(figure.find(), e.prefix() + ": key figure " + value);
                assertEquals(e.unit(), figure.group(1), e.prefix() + ": the unit beside " + value);
            }
        }
    }

    private static List<KeyFigure> allFigures(Atlas atlas) {
        return atlas.themes().stream().flatMap(t -> atlas.keyFigures(t.slug()).stream()).distinct().toList();
    }

}
