package org.amuratlas.web;

import io.quarkus.qute.TemplateExtension;
import org.amuratlas.model.CitedRecord;

/** Where each kind of record has a page of its own on the site (null where it has none). */
@TemplateExtension
public class RecordLinks {

    static String href(CitedRecord record) {
        return switch (record.type()) {
            case PROJECT -> "/projects/" + record.slug();
            case PLACE -> "/places/" + record.slug();
            case EVENT -> "/timeline#" + record.slug();
            case SERIES -> "/data/" + record.slug();
            // shown within theme pages, not on pages of their own
            case ACTOR, PERSPECTIVE, CHALLENGE, RECOMMENDATION, KEY_FIGURE -> null;
        };
    }
}
