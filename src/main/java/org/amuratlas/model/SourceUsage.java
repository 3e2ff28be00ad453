package org.amuratlas.model;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Answers "what does this source support?": every record that cites it, with the locator. */
@ApplicationScoped
public class SourceUsage {

    /** Entity name and the attribute used as the record's title, per record type. */
    private static final Map<RecordType, String[]> CITING = Map.of(
            RecordType.PROJECT, new String[] {"Project", "name"},
            RecordType.EVENT, new String[] {"Event", "title"},
            RecordType.PLACE, new String[] {"Place", "nameEn"},
            RecordType.ACTOR, new String[] {"Actor", "name"},
            RecordType.PERSPECTIVE, new String[] {"Perspective", "summary"},
            RecordType.CHALLENGE, new String[] {"Challenge", "title"},
            RecordType.RECOMMENDATION, new String[] {"Recommendation", "title"},
            RecordType.KEY_FIGURE, new String[] {"KeyFigure", "label"},
            RecordType.SERIES, new String[] {"Series", "title"});

    @Inject
    EntityManager em;

    /** All citing records of every source, grouped by source slug, in record-type then title order. */
    public Map<String, List<CitedRecord>> bySource() {
        Map<String, List<CitedRecord>> bySource = new HashMap<>();
        for (Map.Entry<RecordType, String[]> citing : CITING.entrySet()) {
            String[] entity = citing.getValue();
            for (Object[] row : em.createQuery("select c.source.slug, r.slug, r." + entity[1] + ", c.locator from "
                    + entity[0] + " r join r.citations c", Object[].class).getResultList()) {
                bySource.computeIfAbsent((String) row[0], k -> new ArrayList<>())
                        .add(new CitedRecord(citing.getKey(), (String) row[1], (String) row[2], (String) row[3]));
            }
        }
        bySource.values().forEach(records -> records.sort(
                Comparator.comparing(CitedRecord::type).thenComparing(CitedRecord::title)));
        return bySource;
    }
}
