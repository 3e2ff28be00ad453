package org.amuratlas.api;

import java.util.List;
import org.amuratlas.i18n.Formats;
import org.amuratlas.read.Perspective;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Perspective")
@Description("A position attributed to its holder. The atlas reports positions; it takes none.")
public final class PerspectiveView {

    private final Perspective perspective;

    private final Formats.Local in;

    PerspectiveView(Perspective perspective, Formats.Local in) {
        this.perspective = perspective;
        this.in = in;
    }

    public @NonNull String getSlug() {
        return perspective.slug();
    }

    public @NonNull String getSummary() {
        return perspective.summary().text();
    }

    @Description("Short verbatim quotation, if any, in its printed wording (the sources print it in English).")
    public String getQuote() {
        return perspective.quote() == null ? null : perspective.quote().english();
    }

    @Description("The atlas's translation of the quotation into the request's language, to show beside it; null in"
            + " English and where there is none.")
    public String getQuoteTranslation() {
        return perspective.quote() != null && perspective.quote().translated() ? perspective.quote().text() : null;
    }

    public @NonNull String getStatedWhen() {
        return perspective.statedWhen().text();
    }

    public @NonNull ActorView getActor() {
        return new ActorView(perspective.actor(), in);
    }

    public List<CitationView> getCitations() {
        return Views.of(perspective.citations(), CitationView::new, in);
    }
}
