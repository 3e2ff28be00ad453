package org.amuratlas.web;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import org.amuratlas.read.CitedRecord;
import org.amuratlas.read.RecordType;
import org.amuratlas.read.SearchHit;

/**
 * Where each kind of record is shown on the site (null where it has no page or anchor of its own), in the page's
 * language ({@link PageLinks}).
 */
@TemplateExtension
public class RecordLinks {

    static String href(CitedRecord record, @TemplateAttribute("locale") Object locale,
            @TemplateAttribute("selectedVariant") Object variant) {
        return PageLinks.to(PageLinks.language(locale, variant), path(record.type(), record.slug()));
    }

    static String href(SearchHit hit, @TemplateAttribute("locale") Object locale,
            @TemplateAttribute("selectedVariant") Object variant) {
        return PageLinks.to(PageLinks.language(locale, variant), path(hit.type(), hit.slug()));
    }

    static String path(RecordType type, String slug) {
        return switch (type) {
            case PROJECT -> "/projects/" + slug;
            case PLACE -> "/places/" + slug;
            case EVENT -> "/timeline#" + slug;
            case SERIES -> "/data/" + slug;
            case SOURCE -> "/sources#" + slug;
            case THEME -> "/themes/" + slug;
            // shown within theme pages, not on pages of their own
            case ACTOR, PERSPECTIVE, CHALLENGE, RECOMMENDATION, KEY_FIGURE -> null;
        };
    }
}
