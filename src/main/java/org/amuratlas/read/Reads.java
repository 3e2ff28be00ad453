package org.amuratlas.read;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The read layer's entry point: the atlas in each language, built once at start from the loaded dataset (which
 * never changes while the process runs). After that no request touches the database: pages and GraphQL read these
 * immutable objects, which is both simpler (one definition of every relation and order) and faster (no query, no
 * transaction, no copying per request).
 */
@ApplicationScoped
public class Reads {

    private volatile Map<Language, Atlas> atlases;
    private volatile Set<String> unusedTranslations = Set.of();

    /** Runs after DatasetLoader (whose observer has the platform's earlier priority) has filled the database. */
    void build(@Observes StartupEvent start) {
        long begin = System.nanoTime();
        QuarkusTransaction.requiringNew().run(() -> {
            Dataset data = Dataset.load();
            Translations translations = new Translations(data.translations());
            Map<Language, Atlas> built = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                built.put(language, AtlasBuilder.build(data, translations, language));
            }
            unusedTranslations = Set.copyOf(translations.unused());
            atlases = built;
        });
        if (!unusedTranslations.isEmpty()) {
            Log.warnf("%d translation rows name no text of the atlas, e.g. %s", unusedTranslations.size(),
                    unusedTranslations.iterator().next());
        }
        Log.debugf("Read model built in %d ms", (System.nanoTime() - begin) / 1_000_000);
    }

    /** The atlas as readers of one language see it. */
    public Atlas in(Language language) {
        Map<Language, Atlas> built = atlases;
        if (built == null) {
            throw new IllegalStateException("The read model is built at start-up; it is not ready yet");
        }
        return built.get(language);
    }

    public boolean ready() {
        return atlases != null;
    }

    /** Translation rows that no record's text asked for (a misspelt slug, column or language), as table/slug/field/lang. */
    public Set<String> unusedTranslations() {
        return unusedTranslations;
    }
}
