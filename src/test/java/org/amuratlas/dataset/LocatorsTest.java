package org.amuratlas.dataset;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which locators name a part of a news item, a feature or a paper. */
class LocatorsTest {

    @Test
    void paragraphsResolveInEveryKindOfDocument() {
        for (String kind : new String[] {"NEWS", "FEATURE", "PAPER", "OFFICIAL"}) {
            assertTrue(Locators.resolvable("para. 7", kind), kind);
            assertTrue(Locators.resolvable("paras. 1-2", kind), kind);
            assertTrue(Locators.resolvable("para. 20 and para. 22 (bridge not named)", kind), kind);
            assertTrue(Locators.resolvable("para. 13 (territory \"taken by Moscow\", treaties not named)", kind), kind);
        }
    }

    @Test
    void newsItemsHaveOnlyParagraphsAndTheirFurniture() {
        for (String part : new String[] {"lead paragraph", "photo caption", "byline", "headline"}) {
            assertTrue(Locators.resolvable(part, "NEWS"), part);
            assertTrue(Locators.resolvable(part, "FEATURE"), part);
        }
        for (String paperOnly : new String[] {"§2.2", "Table 1", "footnote 1", "Abstract", "Current state, para. 1",
                "References [12]"}) {
            assertFalse(Locators.resolvable(paperOnly, "NEWS"), paperOnly);
        }
    }

    @Test
    void papersAreCitedBySectionTableFootnoteReferenceOrNamedPart() {
        for (String locator : new String[] {"§2.2", "§I", "§I (see also ref. [5])", "§2.2, para. 1, citing ref. [10] (NEA, 6 December 2024)",
                "§I, citing refs. [3], [4, p. 140]", "Table 1", "Table 2, Railway Transport (line 1)", "footnote 1",
                "References [4], [5], [12]", "References [3] (\"Beijing Treaty of 1860\")", "Abstract", "Introduction, para. 4",
                "Conclusion", "Author information", "reference line", "byline",
                "Eastern Silk Road Belt, para. 3", "Longjiang Silk Road Belt, para. 5, citing ref. [17]",
                "Cooperation between Russia and Heilongjiang Province: current state, para. 2",
                "Section 'Cooperation between Russia and Heilongjiang Province: current state', paras. 1-2 (context)"}) {
            assertTrue(Locators.resolvable(locator, "PAPER"), locator);
        }
    }

    @Test
    void anythingElseResolvesToNothing() {
        for (String locator : new String[] {null, "", "  ", "x", "Table", "Table x", "para.", "para. x", "§", "§x",
                "Eastern Silk Road Belt", "somewhere, para. 3", "Current state:, para. 1", ": current state, para. 1", "footnote", "References", "see the paper",
                "(remark only)"}) {
            assertFalse(Locators.resolvable(locator, "PAPER"), String.valueOf(locator));
        }
    }
}
