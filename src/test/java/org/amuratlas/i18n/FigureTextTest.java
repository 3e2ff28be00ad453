package org.amuratlas.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import org.amuratlas.model.FigureQualifier;
import org.amuratlas.read.KeyFigure;
import org.amuratlas.read.Reads;
import org.junit.jupiter.api.Test;

/** Figures with their hedges and scaled units, per language, and over every key figure of the dataset. */
@QuarkusTest
class FigureTextTest {

    private static final String NBSP = "\u00a0";

    @Inject
    Formats formats;

    private String figure(Language language, String value, FigureQualifier qualifier, String unit, String translated) {
        return formats.of(language).figures().figure(new BigDecimal(value), qualifier, unit, translated).text();
    }

    @Test
    void english() {
        assertEquals("more than 80 billion cubic metres",
                figure(Language.EN, "80", FigureQualifier.MORE_THAN, "billion cubic metres", null));
        assertEquals("2,981 km", figure(Language.EN, "2981", FigureQualifier.EXACT, "km", null));
        assertEquals("more than 50% (printed as \"more than a half\")",
                figure(Language.EN, "50", FigureQualifier.MORE_THAN, "% (printed as \"more than a half\")", null));
        assertEquals("up to 95%", figure(Language.EN, "95", FigureQualifier.UP_TO, "%", null));
        assertEquals("about 1 week", figure(Language.EN, "1", FigureQualifier.ABOUT, "week", null));
        assertEquals("less than 40%", figure(Language.EN, "40", FigureQualifier.LESS_THAN, "%", "ignored for English"));
    }

    @Test
    void russian() {
        assertEquals("более 80" + NBSP + "млрд" + NBSP + "куб. м",
                figure(Language.RU, "80", FigureQualifier.MORE_THAN, "billion cubic metres", "куб. м"));
        assertEquals("более 80" + NBSP + "млрд" + NBSP + "куб. м",
                figure(Language.RU, "80", FigureQualifier.MORE_THAN, "billion cubic metres", "млрд куб. м"),
                "a translator's scale word is not doubled");
        assertEquals("2" + NBSP + "981" + NBSP + "км", figure(Language.RU, "2981", FigureQualifier.EXACT, "km", "км"));
        assertEquals("до" + NBSP + "95" + NBSP + "%", figure(Language.RU, "95", FigureQualifier.UP_TO, "%", "%"));
        assertEquals("около 6,21" + NBSP + "млн" + NBSP + "кв. км",
                figure(Language.RU, "6.21", FigureQualifier.ABOUT, "million square kilometres", "кв. км"));
        assertEquals("менее 40" + NBSP + "%", figure(Language.RU, "40", FigureQualifier.LESS_THAN, "%", "%"));
    }

    @Test
    void chinese() {
        assertEquals("超过800亿立方米",
                figure(Language.ZH, "80", FigureQualifier.MORE_THAN, "billion cubic metres", "立方米"));
        assertEquals("170.7 1亿美元（原文印作“百万美元”）", figure(Language.ZH, "170.7", FigureQualifier.EXACT,
                "100 million US dollars (printed: million US dollars)", "1亿美元（原文印作“百万美元”）"),
                "a unit that starts with a number stands apart from the value (never 170.71亿美元)");
        assertEquals("超过800亿立方米",
                figure(Language.ZH, "80", FigureQualifier.MORE_THAN, "billion cubic metres", "十亿立方米"),
                "80 billion is 800亿 whatever scale word the translator wrote");
        assertEquals("380亿立方米", figure(Language.ZH, "38", FigureQualifier.EXACT, "billion cubic metres", "立方米"));
        assertEquals("超过600万吨", figure(Language.ZH, "6", FigureQualifier.MORE_THAN, "million tonnes", "吨"));
        assertEquals("超过37万吨", figure(Language.ZH, "370", FigureQualifier.MORE_THAN, "thousand tonnes", "千吨"));
        assertEquals("683亿元", figure(Language.ZH, "68.3", FigureQualifier.EXACT, "billion yuan", "元"));
        assertEquals("2,981公里", figure(Language.ZH, "2981", FigureQualifier.EXACT, "km", "公里"));
        assertEquals("超过50%", figure(Language.ZH, "50", FigureQualifier.MORE_THAN, "%", "%"));
        assertEquals("最多4个月", figure(Language.ZH, "4", FigureQualifier.UP_TO, "months", "个月"));
        assertEquals("约20%", figure(Language.ZH, "20", FigureQualifier.ABOUT, "%", "%"));
    }

    @Test
    void aFigureWhoseUnitIsNotTranslatedYetStaysWhollyEnglish() {
        FigureParts parts = formats.of(Language.ZH).figures()
                .figure(new BigDecimal("80"), FigureQualifier.MORE_THAN, "billion cubic metres", null);
        assertEquals(Language.EN, parts.language(), "so that the page can mark it lang=\"en\"");
        assertEquals("more than 80 billion cubic metres", parts.text());
    }

    @Test
    void thePartsSeparateTheHedgeTheNumberAndTheUnit() {
        FigureParts ru = formats.of(Language.RU).figures()
                .figure(new BigDecimal("80"), FigureQualifier.MORE_THAN, "billion cubic metres", "куб. м");
        assertEquals(List.of("более ", "80" + NBSP + "млрд", NBSP, "куб. м", ""),
                List.of(ru.lead(), ru.number(), ru.joiner(), ru.unit(), ru.trail()));
        assertEquals("более 80", formats.of(Language.RU).figures().qualified(new BigDecimal("80"), FigureQualifier.MORE_THAN));
        assertEquals("超过80", formats.of(Language.ZH).figures().qualified(new BigDecimal("80"), FigureQualifier.MORE_THAN));
        assertEquals("\u22122,5", formats.of(Language.RU).figures().qualified(new BigDecimal("-2.5"), FigureQualifier.EXACT));
    }

    /** A key-figure card may set a word unit below its number, never a sign or a unit written without a space. */
    @Test
    void onlyAWordUnitMayTakeALineOfItsOwn() {
        assertTrue(formats.of(Language.RU).figures()
                .figure(new BigDecimal("80"), FigureQualifier.MORE_THAN, "billion cubic metres", "куб. м").unitMayTakeItsOwnLine());
        assertTrue(formats.of(Language.EN).figures()
                .figure(new BigDecimal("80"), FigureQualifier.MORE_THAN, "billion cubic metres", null).unitMayTakeItsOwnLine());
        assertFalse(formats.of(Language.RU).figures()
                .figure(new BigDecimal("50"), FigureQualifier.MORE_THAN, "%", "%").unitMayTakeItsOwnLine());
        assertFalse(formats.of(Language.EN).figures()
                .figure(new BigDecimal("60"), FigureQualifier.EXACT, "% of the port of Qingdao", null).unitMayTakeItsOwnLine());
        assertFalse(formats.of(Language.ZH).figures()
                .figure(new BigDecimal("80"), FigureQualifier.MORE_THAN, "billion cubic metres", "立方米").unitMayTakeItsOwnLine());
    }

    @Test
    void everyQualifierHasItsWordsInEveryLanguage() {
        for (Language language : Language.values()) {
            String exact = figure(language, "7", FigureQualifier.EXACT, "km", "km");
            for (FigureQualifier qualifier : FigureQualifier.values()) {
                String text = figure(language, "7", qualifier, "km", "km");
                assertFalse(qualifier != FigureQualifier.EXACT && text.equals(exact), qualifier + " in " + language + " lost its hedge");
            }
        }
    }

    @Inject
    Reads reads;

    /** Every key figure of the dataset is written wholly in each language: its unit has its words there. */
    @Test
    void everyKeyFigureOfTheDatasetIsWrittenInEveryLanguage() {
        for (Language language : Language.values()) {
            // every key figure belongs to a theme, so the themes hold them all
            List<KeyFigure> figures = reads.in(org.amuratlas.read.Language.fromTag(language.code).orElseThrow())
                    .themes().stream().flatMap(t -> t.figures().stream()).toList();
            assertFalse(figures.isEmpty());
            for (KeyFigure f : figures) {
                FigureParts parts = formats.of(language).figures().figure(f.value(), f.qualifier(),
                        f.unit().english(), f.unit().translated() ? f.unit().text() : null);
                assertEquals(language, parts.language(), f.slug() + " in " + language + ": " + parts.text());
                assertFalse(parts.number().isBlank(), f.slug());
            }
        }
    }
}
