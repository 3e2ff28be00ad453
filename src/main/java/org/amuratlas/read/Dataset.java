package org.amuratlas.read;

import java.util.List;
import org.amuratlas.model.Actor;
import org.amuratlas.model.Challenge;
import org.amuratlas.model.Event;
import org.amuratlas.model.KeyFigure;
import org.amuratlas.model.Perspective;
import org.amuratlas.model.Place;
import org.amuratlas.model.Project;
import org.amuratlas.model.Recommendation;
import org.amuratlas.model.Series;
import org.amuratlas.model.Source;
import org.amuratlas.model.Theme;
import org.amuratlas.model.Translation;

/** Every entity of the database, loaded once at start: the only queries the application runs. */
record Dataset(List<Theme> themes, List<Source> sources, List<Place> places, List<Actor> actors,
        List<Project> projects, List<Event> events, List<Perspective> perspectives, List<Challenge> challenges,
        List<Recommendation> recommendations, List<KeyFigure> keyFigures, List<Series> series,
        List<Translation> translations) {

    /** Must run inside a transaction: the builder then walks the entities' lazy collections. */
    static Dataset load() {
        return new Dataset(Theme.listAll(), Source.listAll(), Place.listAll(), Actor.listAll(), Project.listAll(),
                Event.listAll(), Perspective.listAll(), Challenge.listAll(), Recommendation.listAll(),
                KeyFigure.listAll(), Series.listAll(), Translation.listAll());
    }
}
