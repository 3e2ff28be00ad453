package org.amuratlas.i18n;

import static org.amuratlas.i18n.PluralCategory.FEW;
import static org.amuratlas.i18n.PluralCategory.MANY;
import static org.amuratlas.i18n.PluralCategory.ONE;
import static org.amuratlas.i18n.PluralCategory.OTHER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The CLDR examples of each rule (cldr/common/supplemental/plurals.xml), including the edges people get wrong. */
class PluralRulesTest {

    @Test
    void englishHasOneOnlyForExactlyOne() {
        assertEquals(ONE, PluralRules.of(Language.EN, 1));
        assertEquals(OTHER, PluralRules.of(Language.EN, 0));
        assertEquals(OTHER, PluralRules.of(Language.EN, 2));
        assertEquals(OTHER, PluralRules.of(Language.EN, 21), "21 projects, not 21 project");
        assertEquals(OTHER, PluralRules.of(Language.EN, new BigDecimal("1.0")), "1.0 projects");
        assertEquals(ONE, PluralRules.of(Language.EN, -1));
    }

    @Test
    void russianHasOneFewAndMany() {
        for (long n : new long[] {1, 21, 31, 101, 1001}) {
            assertEquals(ONE, PluralRules.of(Language.RU, n), "«" + n + " проект»");
        }
        for (long n : new long[] {2, 3, 4, 22, 24, 102, 1004}) {
            assertEquals(FEW, PluralRules.of(Language.RU, n), "«" + n + " проекта»");
        }
        for (long n : new long[] {0, 5, 9, 10, 11, 12, 14, 19, 20, 25, 100, 111, 112, 114}) {
            assertEquals(MANY, PluralRules.of(Language.RU, n), "«" + n + " проектов»");
        }
        assertEquals(OTHER, PluralRules.of(Language.RU, new BigDecimal("1.5")), "«1,5 проекта»");
        assertEquals(OTHER, PluralRules.of(Language.RU, new BigDecimal("2.0")));
        assertEquals(MANY, PluralRules.of(Language.RU, new BigDecimal("25")));
    }

    @Test
    void chineseDoesNotInflect() {
        for (long n : new long[] {0, 1, 2, 5, 21}) {
            assertEquals(OTHER, PluralRules.of(Language.ZH, n));
        }
    }
}
