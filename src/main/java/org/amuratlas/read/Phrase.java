package org.amuratlas.read;

/**
 * Words to look for in the atlas's texts: trimmed, matched literally and without regard to case, in any of the
 * three languages. The length limit is the same for the search page, the catalogue filter and the API.
 */
public final class Phrase {

    public static final int MAX_LENGTH = 200;

    private final String text;

    private Phrase(String text) {
        this.text = text;
    }

    /**
     * @param name how the faces call the parameter, for the error message
     * @return null for a missing or blank phrase (no filtering)
     * @throws InvalidQuery for a phrase longer than {@link #MAX_LENGTH}
     */
    public static Phrase of(String raw, String name) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (raw.length() > MAX_LENGTH) {
            throw new InvalidQuery(name + " is too long (" + MAX_LENGTH + " characters at most).");
        }
        return new Phrase(raw.trim());
    }

    public String text() {
        return text;
    }

    /** Case-insensitive, literal (no wildcards), without copying the haystack. */
    boolean foundIn(String haystack) {
        if (haystack == null) {
            return false;
        }
        int last = haystack.length() - text.length();
        for (int at = 0; at <= last; at++) {
            if (haystack.regionMatches(true, at, text, 0, text.length())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return text;
    }
}
