package org.amuratlas.api;

import java.util.List;
import java.util.function.Function;
import org.amuratlas.model.Citation;
import org.amuratlas.model.RecordType;
import org.amuratlas.model.RelationQueries;

/** Citations as the API shows them, loaded for a whole batch of parents at once. */
final class CitationViews {

    private CitationViews() {
    }

    static CitationView of(Citation c) {
        return new CitationView(SourceView.of(c.source), c.locator);
    }

    static <P> List<List<CitationView>> forBatch(RelationQueries relations, RecordType type, List<P> parents,
            Function<P, String> slug) {
        return Batch.align(parents, slug, relations.citationsOf(type, Batch.slugs(parents, slug)), CitationViews::of);
    }
}
