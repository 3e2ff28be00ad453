package org.amuratlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.amuratlas.web.Highlight.Segment;
import org.junit.jupiter.api.Test;

/** The search excerpt: cut around the first match, every match in it marked, case-insensitively. */
class HighlightTest {

    private static String render(List<Segment> segments) {
        StringBuilder out = new StringBuilder();
        for (Segment s : segments) {
            out.append(s.match() ? "[" + s.text() + "]" : s.text());
        }
        return out.toString();
    }

    @Test
    void marksEveryMatchInAShortTextWhateverItsCase() {
        assertEquals("[Heihe] faces Blagoveshchensk across the Amur, and [heihe] trades.",
                render(Highlight.excerpt("Heihe faces Blagoveshchensk across the Amur, and heihe trades.", "HEIHE")));
        assertEquals("a [%] b [%]", render(Highlight.excerpt("a % b %", "%")));
        assertEquals("мост [Благовещенск]", render(Highlight.excerpt("мост Благовещенск", " благовещенск ")));
    }

    @Test
    void cutsALongTextAroundTheFirstMatch() {
        String text = "x".repeat(300) + "Heihe" + "y".repeat(300) + "Heihe";
        String excerpt = render(Highlight.excerpt(text, "heihe"));
        assertEquals("… " + "x".repeat(90) + "[Heihe]" + "y".repeat(180) + " …", excerpt);
    }

    @Test
    void aMatchAtTheStartHasNoLeadingEllipsis() {
        String text = "Heihe" + "z".repeat(400);
        assertEquals("[Heihe]" + "z".repeat(180) + " …", render(Highlight.excerpt(text, "heihe")));
    }

    @Test
    void withoutAMatchTheTextStartIsShown() {
        String text = "a".repeat(250);
        assertEquals("a".repeat(180) + " …", render(Highlight.excerpt(text, "zzz")));
        assertEquals("short", render(Highlight.excerpt("short", "")));
    }
}
