package org.amuratlas.ops;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Strong HTTP validators for answers that are a pure function of the loaded data: the same bytes give the same ETag
 * on every replica, so a CDN or browser can revalidate against any of them.
 */
public final class EntityTag {

    private EntityTag() {
    }

    /** A quoted strong ETag: the first 128 bits of the body's SHA-256. */
    public static String of(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /** Whether an If-None-Match header names this ETag (or any, with *); weak comparison, as RFC 9110 asks for GET. */
    public static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }
}
