package org.amuratlas.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Cuts an excerpt around the first match of a phrase and marks every match in it, for the search results. */
public final class Highlight {

    /** A run of text; {@code match} runs are shown marked. Templates escape the text as usual. */
    public record Segment(String text, boolean match) {
    }

    private static final int RADIUS = 90;

    private Highlight() {
    }

    public static List<Segment> excerpt(String text, String phrase) {
        String lower = text.toLowerCase(Locale.ROOT);
        String needle = phrase.trim().toLowerCase(Locale.ROOT);
        int first = needle.isEmpty() ? -1 : lower.indexOf(needle);
        int start = first < 0 ? 0 : Math.max(0, first - RADIUS);
        int end = Math.min(text.length(), (first < 0 ? 0 : first + needle.length()) + RADIUS * 2);
        List<Segment> segments = new ArrayList<>();
        if (start > 0) {
            segments.add(new Segment("… ", false));
        }
        int at = start;
        while (first >= 0 && (first = lower.indexOf(needle, at)) >= 0 && first + needle.length() <= end) {
            if (first > at) {
                segments.add(new Segment(text.substring(at, first), false));
            }
            segments.add(new Segment(text.substring(first, first + needle.length()), true));
            at = first + needle.length();
        }
        if (at < end) {
            segments.add(new Segment(text.substring(at, end), false));
        }
        if (end < text.length()) {
            segments.add(new Segment(" …", false));
        }
        return segments;
    }
}
