package org.amuratlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The CSV writer's text cells on their own (plain unit test): RFC 4180 quoting, and text cells that a spreadsheet
 * would run as a formula are defused with a leading apostrophe (OWASP "CSV injection"). The dataset has no such cell
 * today, which is why this is tested here; the rows of real series are checked through /data/{slug}.csv in
 * DataPagesTest.
 */
class SeriesCsvTest {

    @Test
    void textCellsAreQuotedAndQuotesDoubled() {
        assertEquals("\"Volume, as \"\"printed\"\"\"", SeriesCsv.cell("Volume, as \"printed\""));
        assertEquals("\"Kept as printed, see \"\"Table 1\"\".\"", SeriesCsv.cell("Kept as printed, see \"Table 1\"."));
        assertEquals("\"\"", SeriesCsv.cell(""));
    }

    @Test
    void cellsAFormulaWouldStartWithAreDefused() {
        for (String dangerous : new String[] {"=HYPERLINK(\"http://evil\")", "+1+1", "-2+3", "@SUM(A1:A9)", "\t=1",
                "\r=1"}) {
            assertEquals("\"'" + dangerous.replace("\"", "\"\"") + "\"", SeriesCsv.cell(dangerous),
                    "a cell starting with " + dangerous.charAt(0));
        }
    }

    @Test
    void harmlessTextIsNotTouched() {
        assertEquals("\"a - b = c, @ the end\"", SeriesCsv.cell("a - b = c, @ the end"));
        assertEquals("\"2019 to December 2024\"", SeriesCsv.cell("2019 to December 2024"));
    }
}
