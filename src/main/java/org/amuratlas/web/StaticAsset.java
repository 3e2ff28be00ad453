package org.amuratlas.web;

import org.amuratlas.ops.EntityTag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Optional;

/**
 * The static files under META-INF/resources, each also served under a name that carries a hash of its content
 * (/css/atlas.css as /css/atlas.1a2b3c4d5e.css), so that caches may keep it for a year: a changed file gets a new
 * name. The hash is computed once, when this class is first used at start; templates link the fingerprinted name
 * through {@link AssetLinks}. StaticAssetsTest fails when a file under META-INF/resources is missing here.
 */
public enum StaticAsset {

    STYLESHEET("/css/atlas.css", "text/css; charset=UTF-8"),
    ICON("/favicon.svg", "image/svg+xml");

    private static final int HASH_LENGTH = 10;

    private final String path;
    private final String contentType;
    private final byte[] content;
    private final String etag;
    private final String fingerprintedPath;

    StaticAsset(String path, String contentType) {
        this.path = path;
        this.contentType = contentType;
        this.content = read("META-INF/resources" + path);
        this.etag = EntityTag.of(content);
        String hash = etag.substring(1, 1 + HASH_LENGTH);
        int dot = path.lastIndexOf('.');
        this.fingerprintedPath = path.substring(0, dot) + "." + hash + path.substring(dot);
    }

    /** The path without fingerprint, as the file is named in META-INF/resources. */
    public String path() {
        return path;
    }

    /** The path a page links to: changes whenever the content does. */
    public String fingerprintedPath() {
        return fingerprintedPath;
    }

    String contentType() {
        return contentType;
    }

    byte[] content() {
        return content;
    }

    String etag() {
        return etag;
    }

    /** The asset a path names, with any fingerprint (current or outdated) taken off. */
    static Optional<StaticAsset> named(String requestPath) {
        String plain = requestPath.replaceFirst("\\.[0-9a-f]{" + HASH_LENGTH + "}(\\.[^./]+)$", "$1");
        return Arrays.stream(values()).filter(asset -> asset.path.equals(plain)).findFirst();
    }

    private static byte[] read(String resource) {
        try (InputStream in = StaticAsset.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
