package org.amuratlas.opendata;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.amuratlas.read.Language;
import org.amuratlas.read.Reads;
import org.amuratlas.read.Series;

/** The whole dataset and its geometry as files: {@code /data/atlas.zip}, {@code /data/places.geojson}, {@code /data/projects.geojson}. */
@Path("/data")
public class DataDownloads {

    @Inject
    AtlasPackage dataPackage;

    @Inject
    Reads reads;

    @Inject
    AtlasIdentity identity;

    @Inject
    DownloadAnswers answers;

    @Inject
    SeriesFigures figures;

    private final AtomicReference<Download> places = new AtomicReference<>();
    private final AtomicReference<Download> projects = new AtomicReference<>();

    @GET
    @Path("/atlas.zip")
    public Response zip(@Context HttpHeaders request) {
        return answers.answer(dataPackage.zip(), request);
    }

    @GET
    @Path("/places.geojson")
    public Response places(@Context HttpHeaders request) {
        return answers.answer(once(places, () -> GeoJson.places(reads.in(Language.EN), identity), "places.geojson"),
                request);
    }

    @GET
    @Path("/projects.geojson")
    public Response projects(@Context HttpHeaders request) {
        return answers.answer(once(projects, () -> GeoJson.projects(reads.in(Language.EN), identity),
                "projects.geojson"), request);
    }

    /** The charts of a series as one SVG file, with title, sources and licence inside; in the reader's language. */
    @GET
    @Path("/{slug}.svg")
    public Response chart(@PathParam("slug") String slug, @Context HttpHeaders request) {
        Series series = figures.chartedSeries(slug);
        return answers.answer(Download.of(figures.svg(series).getBytes(StandardCharsets.UTF_8), "image/svg+xml",
                null), request, true);
    }

    /** Built at the first request (from the read model only) and kept: the data never changes while running. */
    private static Download once(AtomicReference<Download> kept, Supplier<String> json, String fileName) {
        Download download = kept.get();
        if (download == null) {
            download = Download.of(json.get().getBytes(StandardCharsets.UTF_8), GeoJson.MEDIA_TYPE, fileName);
            kept.compareAndSet(null, download);
        }
        return download;
    }
}
