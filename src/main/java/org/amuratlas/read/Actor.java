package org.amuratlas.read;

import java.util.List;
import org.amuratlas.model.ActorKind;
import org.amuratlas.model.Country;

/** A person, government, company or group that acts in events or holds a position. */
public final class Actor implements AtlasRecord {

    private final String slug;
    private final LocalizedText name;
    private final ActorKind kind;
    private final Country country;
    private final LocalizedText role;

    // relations, set once by AtlasBuilder
    List<Event> events = List.of();
    List<Perspective> perspectives = List.of();
    List<Citation> citations = List.of();

    Actor(org.amuratlas.model.Actor entity, Translations.RecordTexts texts) {
        slug = entity.slug;
        name = texts.get("name", entity.name);
        kind = entity.kind;
        country = entity.country;
        role = texts.get("role", entity.role);
    }

    @Override
    public RecordType type() {
        return RecordType.ACTOR;
    }

    @Override
    public String slug() {
        return slug;
    }

    public LocalizedText name() {
        return name;
    }

    @Override
    public LocalizedText title() {
        return name;
    }

    public ActorKind kind() {
        return kind;
    }

    /** Null for groups not tied to one country (e.g. "Western governments"). */
    public Country country() {
        return country;
    }

    /** The role in which the sources present the actor. */
    public LocalizedText role() {
        return role;
    }

    /** In date order. */
    public List<Event> events() {
        return events;
    }

    public List<Perspective> perspectives() {
        return perspectives;
    }

    @Override
    public List<Citation> citations() {
        return citations;
    }

    @Override
    public List<LocalizedText> searchTexts() {
        return AtlasRecord.present(name, role);
    }
}
