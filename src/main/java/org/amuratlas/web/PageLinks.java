package org.amuratlas.web;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.Variant;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.util.Locale;
import org.amuratlas.i18n.Language;

/**
 * Links from a page to the atlas's other pages keep the reader's language: every internal address starts with the
 * page's language prefix ({@code href="{link:prefix}/projects"} is {@code /ru/projects} on a Russian page). The
 * language comes from the template's attributes, the ones the message bundles read, so a page's links
 * and its words are always in the same language; the prefixed and the unprefixed address of a page therefore render
 * the same links, and the page cache keeps one copy for both.
 */
@TemplateExtension(namespace = "link")
public class PageLinks {

    private PageLinks() {
    }

    /** "/ru", "/zh" or "/en": put before an absolute path of the site. */
    static String prefix(@TemplateAttribute("locale") Object locale,
            @TemplateAttribute("selectedVariant") Object variant) {
        return prefix(language(locale, variant));
    }

    /** The page's language code ("en", "ru", "zh"), for a template that shows the reader's own variant first. */
    static String lang(@TemplateAttribute("locale") Object locale,
            @TemplateAttribute("selectedVariant") Object variant) {
        return language(locale, variant).code;
    }

    /** An address of the site ("/projects/power-of-siberia") behind a language's prefix. */
    public static String to(Language language, String path) {
        return path == null ? null : prefix(language) + path;
    }

    static String prefix(Language language) {
        return "/" + language.code;
    }

    /**
     * The page's language from the template's attributes: {@code locale} where the page set it (the error pages), else
     * the variant quarkus-rest-qute selected from the request's Accept-Language, which {@link LanguageFilter} has
     * settled to the reader's language (the message bundles read the same two, in the same order).
     */
    static Language language(Object locale, Object variant) {
        if (locale instanceof Locale l) {
            return Language.of(l);
        }
        if (locale != null) {
            return Language.of(Locale.forLanguageTag(locale.toString()));
        }
        if (variant instanceof Variant v && v.getLocale() != null) {
            return Language.of(v.getLocale());
        }
        return Language.ORIGINAL;
    }
}
