package org.amuratlas.model;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads a relation for many parents in one query, keyed by parent slug. The API's batch resolvers use these so a
 * list of N projects with their places costs one query, not N.
 */
@ApplicationScoped
public class RelationQueries {

    /** The entity name used in JPQL for each record type that has citations. */
    private static final Map<RecordType, String> ENTITY = Map.of(
            RecordType.PROJECT, "Project", RecordType.EVENT, "Event", RecordType.PLACE, "Place",
            RecordType.ACTOR, "Actor", RecordType.PERSPECTIVE, "Perspective", RecordType.CHALLENGE, "Challenge",
            RecordType.RECOMMENDATION, "Recommendation", RecordType.KEY_FIGURE, "KeyFigure",
            RecordType.SERIES, "Series");

    @Inject
    EntityManager em;

    public Map<String, List<Place>> placesOfProjects(Collection<String> projectSlugs) {
        return group(em.createQuery("select p.slug, pl from Project p join p.places pl where p.slug in :slugs"
                + " order by p.slug, index(pl)", Object[].class).setParameter("slugs", projectSlugs).getResultList());
    }

    public Map<String, List<Theme>> themesOfProjects(Collection<String> projectSlugs) {
        return group(em.createQuery("select p.slug, t from Project p join p.themes t where p.slug in :slugs"
                + " order by p.slug, t.displayOrder", Object[].class).setParameter("slugs", projectSlugs).getResultList());
    }

    public Map<String, List<Project>> projectsOfPlaces(Collection<String> placeSlugs) {
        return group(em.createQuery("select pl.slug, p from Project p join p.places pl where pl.slug in :slugs"
                + " order by pl.slug, p.name", Object[].class).setParameter("slugs", placeSlugs).getResultList());
    }

    public Map<String, List<Project>> projectsOfThemes(Collection<String> themeSlugs) {
        return group(em.createQuery("select t.slug, p from Project p join p.themes t where t.slug in :slugs"
                + " order by t.slug, p.name", Object[].class).setParameter("slugs", themeSlugs).getResultList());
    }

    public Map<String, List<Event>> eventsOfProjects(Collection<String> projectSlugs) {
        return group(em.createQuery("select p.slug, e from Event e join e.projects p where p.slug in :slugs"
                + " order by p.slug, e.sortYear, coalesce(e.eventMonth, 0), coalesce(e.eventDay, 0)", Object[].class)
                .setParameter("slugs", projectSlugs).getResultList());
    }

    public Map<String, List<Theme>> themesOfEvents(Collection<String> eventSlugs) {
        return group(em.createQuery("select e.slug, t from Event e join e.themes t where e.slug in :slugs"
                + " order by e.slug, t.displayOrder", Object[].class).setParameter("slugs", eventSlugs).getResultList());
    }

    public Map<String, List<Place>> placesOfEvents(Collection<String> eventSlugs) {
        return group(em.createQuery("select e.slug, pl from Event e join e.places pl where e.slug in :slugs"
                + " order by e.slug, pl.nameEn", Object[].class).setParameter("slugs", eventSlugs).getResultList());
    }

    public Map<String, List<Project>> projectsOfEvents(Collection<String> eventSlugs) {
        return group(em.createQuery("select e.slug, p from Event e join e.projects p where e.slug in :slugs"
                + " order by e.slug, p.name", Object[].class).setParameter("slugs", eventSlugs).getResultList());
    }

    public Map<String, List<Actor>> actorsOfEvents(Collection<String> eventSlugs) {
        return group(em.createQuery("select e.slug, a from Event e join e.actors a where e.slug in :slugs"
                + " order by e.slug, a.name", Object[].class).setParameter("slugs", eventSlugs).getResultList());
    }

    public Map<String, List<Event>> eventsOfPlaces(Collection<String> placeSlugs) {
        return group(em.createQuery("select pl.slug, e from Event e join e.places pl where pl.slug in :slugs"
                + " order by pl.slug, e.sortYear, coalesce(e.eventMonth, 0), coalesce(e.eventDay, 0)", Object[].class)
                .setParameter("slugs", placeSlugs).getResultList());
    }

    public Map<String, List<Event>> eventsOfActors(Collection<String> actorSlugs) {
        return group(em.createQuery("select a.slug, e from Event e join e.actors a where a.slug in :slugs"
                + " order by a.slug, e.sortYear, coalesce(e.eventMonth, 0), coalesce(e.eventDay, 0)", Object[].class)
                .setParameter("slugs", actorSlugs).getResultList());
    }

    public Map<String, List<Perspective>> perspectivesOfActors(Collection<String> actorSlugs) {
        return group(em.createQuery("select p.actor.slug, p from Perspective p where p.actor.slug in :slugs"
                + " order by p.actor.slug, p.slug", Object[].class).setParameter("slugs", actorSlugs).getResultList());
    }

    public Map<String, List<KeyFigure>> figuresOfThemes(Collection<String> themeSlugs) {
        return group(em.createQuery("select f.theme.slug, f from KeyFigure f where f.theme.slug in :slugs"
                + " order by f.theme.slug, f.displayOrder, f.slug", Object[].class)
                .setParameter("slugs", themeSlugs).getResultList());
    }

    /** Citations of many records of one type, with their sources fetched in the same query. */
    public Map<String, List<Citation>> citationsOf(RecordType type, Collection<String> slugs) {
        List<Object[]> rows = em.createQuery("select r.slug, s, c.locator from " + ENTITY.get(type)
                + " r join r.citations c join c.source s where r.slug in :slugs order by r.slug", Object[].class)
                .setParameter("slugs", slugs).getResultList();
        Map<String, List<Citation>> grouped = new LinkedHashMap<>();
        for (Object[] row : rows) {
            Citation citation = new Citation();
            citation.source = (Source) row[1];
            citation.locator = (String) row[2];
            grouped.computeIfAbsent((String) row[0], k -> new ArrayList<>()).add(citation);
        }
        return grouped;
    }

    @SuppressWarnings("unchecked")
    private static <T> Map<String, List<T>> group(List<Object[]> rows) {
        Map<String, List<T>> grouped = new LinkedHashMap<>();
        for (Object[] row : rows) {
            grouped.computeIfAbsent((String) row[0], k -> new ArrayList<>()).add((T) row[1]);
        }
        return grouped;
    }
}
