package org.amuratlas.web;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import org.amuratlas.chart.XmlText;
import org.amuratlas.i18n.FigureParts;
import org.amuratlas.i18n.Formats;
import org.amuratlas.i18n.Language;
import org.amuratlas.i18n.LocatorText;
import org.amuratlas.model.DatePrecision;
import org.amuratlas.read.Event;
import org.amuratlas.read.KeyFigure;
import org.amuratlas.read.LocalizedText;
import org.amuratlas.read.Measure;
import org.amuratlas.read.Observation;
import org.amuratlas.read.Project;

/**
 * Dates and figures of the records written in the page's language, for templates: {@code {e.date}},
 * {@code {f.figure}}, {@code {o.qualified}}. The language is the one the page's words are in
 * ({@link PageLinks#language}); the writers are {@link Formats}'.
 */
@TemplateExtension
public class ReaderFormats {

    /** Built once, on first use: the writers are immutable and the same for every request. */
    private static final class Shared {
        static final Formats FORMATS = new Formats();
    }

    private ReaderFormats() {
    }

    private static Formats.Local in(Object locale, Object variant) {
        return Shared.FORMATS.of(PageLinks.language(locale, variant));
    }

    /** "1 December 2024", «1 декабря 2024 г.», 2024年12月1日, «середина XIX века»: only as precise as the source. */
    static String date(Event event, @TemplateAttribute("locale") Object locale,
            @TemplateAttribute("selectedVariant") Object variant) {
        return in(locale, variant).dates().label(event.precision(), event.sortYear(), event.month(), event.day());
    }

    /**
     * The machine-readable form for {@code <time datetime>}, or null where a date is vaguer than a year (a decade, a
     * century, antiquity) or before the common era, which HTML's date forms cannot say: such a date is written as
     * plain text, not as a {@code <time>} with a false precision.
     */
    static String datetime(Event event) {
        boolean exact = event.precision() == DatePrecision.DAY || event.precision() == DatePrecision.MONTH
                || event.precision() == DatePrecision.YEAR;
        return exact && event.sortYear() > 0 ? event.isoDate() : null;
    }

    /**
     * A citation's locator with its words in the page's language: «введение, абз. 2», 引言，第2段. A document's heading
     * in its printed wording, beside the atlas's translation, is marked {@code lang="en"}, as a quotation is.
     */
    static RawString locatorText(LocalizedText locator, @TemplateAttribute("locale") Object locale,
            @TemplateAttribute("selectedVariant") Object variant) {
        if (locator == null) {
            return null;
        }
        StringBuilder html = new StringBuilder();
        for (LocatorText.Run run : in(locale, variant).locators().runs(locator.text())) {
            String text = XmlText.escape(run.text());
            html.append(run.printed() ? "<span lang=\"en\">" + text + "</span>" : text);
        }
        return new RawString(html.toString());
    }

    /** A key figure with its source's hedge and unit: "more than 80 billion cubic metres", 超过800亿立方米. */
    static FigureParts figure(KeyFigure figure, @TemplateAttribute("locale") Object locale,
            @TemplateAttribute("selectedVariant") Object variant) {
        return in(locale, variant).figures().figure(figure.value(), figure.qualifier(), englishOf(figure.unit()),
                translatedOrNull(figure.unit()));
    }

    /** A project's headline figure with its qualifier and unit, or null where it has none. */
    static FigureParts capacityFigure(Project project, @TemplateAttribute("locale") Object locale,
            @TemplateAttribute("selectedVariant") Object variant) {
        if (project.capacity() == null) {
            return null;
        }
        return in(locale, variant).figures().figure(project.capacity(), project.capacityQualifier(),
                englishOf(project.capacityUnit()), translatedOrNull(project.capacityUnit()));
    }

    /** An observation with its measure's unit: «8,5 млрд куб. м». */
    static FigureParts figure(Observation observation, Measure measure, @TemplateAttribute("locale") Object locale,
            @TemplateAttribute("selectedVariant") Object variant) {
        return in(locale, variant).figures().figure(observation.value(), observation.qualifier(), englishOf(measure.unit()),
                translatedOrNull(measure.unit()));
    }

    /** An observation's value and hedge without its unit, for a table whose column gives the unit: «79,7», «−2,5». */
    static String qualified(Observation observation, @TemplateAttribute("locale") Object locale,
            @TemplateAttribute("selectedVariant") Object variant) {
        return in(locale, variant).figures().qualified(observation.value(), observation.qualifier());
    }

    /** The {@code lang} a figure's words are in, where it differs from the page's (an untranslated unit), else null. */
    static String langIfOther(FigureParts parts, @TemplateAttribute("locale") Object locale,
            @TemplateAttribute("selectedVariant") Object variant) {
        return parts.language() == PageLinks.language(locale, variant) ? null : parts.language().tag;
    }

    /**
     * The {@code lang} of a record's text where it differs from the page's (English shown for want of a
     * translation), else null: {@code <p{#if t.langIfOther} lang="{t.langIfOther}"{/if}>}.
     */
    static String langIfOther(LocalizedText text, @TemplateAttribute("locale") Object locale,
            @TemplateAttribute("selectedVariant") Object variant) {
        if (text == null) {
            return null;
        }
        Language page = PageLinks.language(locale, variant);
        return text.language().tag.equals(page.code) ? null : Language.ofCode(text.language().tag).orElseThrow().tag;
    }

    /** {@code lang="en"} (with its leading space) for a text shown in English on a Russian or Chinese page, else nothing. */
    static RawString langAttr(LocalizedText text, @TemplateAttribute("locale") Object locale,
            @TemplateAttribute("selectedVariant") Object variant) {
        String lang = langIfOther(text, locale, variant);
        return new RawString(lang == null ? "" : " lang=\"" + lang + "\"");
    }

    /** The same for a figure whose unit has no translation yet, so it is written wholly in English. */
    static RawString langAttr(FigureParts parts, @TemplateAttribute("locale") Object locale,
            @TemplateAttribute("selectedVariant") Object variant) {
        String lang = langIfOther(parts, locale, variant);
        return new RawString(lang == null ? "" : " lang=\"" + lang + "\"");
    }

    private static String englishOf(LocalizedText unit) {
        return unit == null ? "" : unit.english();
    }

    private static String translatedOrNull(LocalizedText unit) {
        return unit != null && unit.translated() ? unit.text() : null;
    }
}
