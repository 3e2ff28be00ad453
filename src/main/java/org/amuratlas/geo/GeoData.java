package org.amuratlas.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The border-region outline shipped as {@value #RESOURCE} and {@value #REGIONS}: a line-based text format,
 * described in {@code geo/README.txt}. In short, after {@code #} comments and the {@code source}, {@code licence} and
 * {@code bbox minLon minLat maxLon maxLat} header lines, each {@code feature ID KIND [NAME...]} line (KIND is
 * {@code country}, {@code lake}, {@code region}, {@code river} or {@code border}) is followed by its {@code ring} (areas) or
 * {@code line} (rivers, boundaries) lines, each a space-separated list of {@code lon,lat} pairs.
 *
 * <p>Immutable and thread-safe. {@link #shared()} reads the resources once, through the context class loader, so the
 * same code works in a native image (both must be listed in {@code quarkus.native.resources.includes}).
 */
public final class GeoData {

    public static final String RESOURCE = "geo/border-region.txt";

    /** Provinces and federal subjects, drawn only where a project spans them (same format, same box). */
    public static final String REGIONS = "geo/regions.txt";

    private final String source;
    private final String licence;
    private final GeoBox bbox;
    private final Map<String, GeoFeature> features;

    private GeoData(String source, String licence, GeoBox bbox, Map<String, GeoFeature> features) {
        this.source = source;
        this.licence = licence;
        this.bbox = bbox;
        this.features = Collections.unmodifiableMap(features);
    }

    /** The outline from the class path, read on first use (initialization-on-demand holder: lazy and thread-safe). */
    public static GeoData shared() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final GeoData INSTANCE = load(RESOURCE).with(load(REGIONS));
    }

    private static GeoData load(String resource) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = GeoData.class.getClassLoader();
        }
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing class-path resource " + resource);
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** This outline with another's features added (the other's box must be the same: both are clipped alike). */
    public GeoData with(GeoData other) {
        if (!other.bbox.equals(bbox)) {
            throw new IllegalArgumentException("outlines clipped to different boxes: " + bbox + ", " + other.bbox);
        }
        Map<String, GeoFeature> all = new LinkedHashMap<>(features);
        other.features.values().forEach(f -> add(all, f));
        return new GeoData(source, licence, bbox, all);
    }

    /** Parses the text format; fails with the line number on anything malformed. */
    public static GeoData parse(Reader reader) throws IOException {
        BufferedReader in = new BufferedReader(reader);
        String source = "";
        String licence = "";
        GeoBox bbox = null;
        Map<String, GeoFeature> features = new LinkedHashMap<>();
        String id = null;
        GeoFeature.Kind kind = null;
        String name = null;
        List<double[]> parts = new ArrayList<>();
        int number = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            number++;
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int space = line.indexOf(' ');
            String key = space < 0 ? line : line.substring(0, space);
            String rest = space < 0 ? "" : line.substring(space + 1).strip();
            try {
                switch (key) {
                    case "source" -> source = rest;
                    case "licence" -> licence = rest;
                    case "bbox" -> {
                        String[] v = rest.split("\\s+");
                        if (v.length != 4) {
                            throw new IllegalArgumentException("bbox needs four numbers");
                        }
                        bbox = new GeoBox(Double.parseDouble(v[0]), Double.parseDouble(v[1]), Double.parseDouble(v[2]),
                                Double.parseDouble(v[3]));
                    }
                    case "feature" -> {
                        if (id != null) {
                            add(features, new GeoFeature(id, kind, name, parts));
                        }
                        String[] v = rest.split("\\s+", 3);
                        if (v.length < 2 || v[0].isEmpty()) {
                            throw new IllegalArgumentException("feature needs an id and a kind");
                        }
                        id = v[0];
                        kind = GeoFeature.Kind.valueOf(v[1].toUpperCase(Locale.ROOT));
                        name = v.length > 2 ? v[2] : "";
                        parts = new ArrayList<>();
                    }
                    case "ring", "line" -> {
                        if (id == null) {
                            throw new IllegalArgumentException(key + " before any feature");
                        }
                        if (kind.area != key.equals("ring")) {
                            throw new IllegalArgumentException(key + " in a " + kind + " feature");
                        }
                        double[] part = coordinates(rest);
                        if (part.length < (kind.area ? 6 : 4)) {
                            throw new IllegalArgumentException(key + " with too few points");
                        }
                        parts.add(part);
                    }
                    default -> throw new IllegalArgumentException("unknown line type '" + key + "'");
                }
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("outline line " + number + ": " + e.getMessage(), e);
            }
        }
        if (id != null) {
            add(features, new GeoFeature(id, kind, name, parts));
        }
        if (bbox == null) {
            throw new IllegalArgumentException("outline: no bbox line");
        }
        return new GeoData(source, licence, bbox, features);
    }

    private static void add(Map<String, GeoFeature> features, GeoFeature feature) {
        if (features.putIfAbsent(feature.id(), feature) != null) {
            throw new IllegalArgumentException("duplicate feature " + feature.id());
        }
    }

    private static double[] coordinates(String text) {
        String[] pairs = text.split("\\s+");
        double[] out = new double[pairs.length * 2];
        for (int i = 0; i < pairs.length; i++) {
            int comma = pairs[i].indexOf(',');
            if (comma < 0) {
                throw new IllegalArgumentException("expected lon,lat but got '" + pairs[i] + "'");
            }
            out[2 * i] = Double.parseDouble(pairs[i].substring(0, comma));
            out[2 * i + 1] = Double.parseDouble(pairs[i].substring(comma + 1));
        }
        return out;
    }

    public String source() {
        return source;
    }

    public String licence() {
        return licence;
    }

    /** The box the data was clipped to. */
    public GeoBox bbox() {
        return bbox;
    }

    /** All features in file order: countries, then lakes, rivers and the CN–RU boundary, then regions. */
    public List<GeoFeature> features() {
        return List.copyOf(features.values());
    }

    public Optional<GeoFeature> feature(String id) {
        return Optional.ofNullable(features.get(id));
    }

    /** The country (ISO alpha-2 id) whose outline holds the point, if any within the data. */
    public Optional<String> countryAt(double lat, double lon) {
        for (GeoFeature f : features.values()) {
            if (f.kind() == GeoFeature.Kind.COUNTRY && f.contains(lat, lon)) {
                return Optional.of(f.id());
            }
        }
        return Optional.empty();
    }
}
