package org.amuratlas.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The changelog's Markdown as HTML: headings, paragraphs, list items running over lines, inline marks, escaping. */
class MarkdownTextTest {

    @Test
    void writesTheChangelogsMarkdown() {
        assertEquals("""
                <h3>Corrections</h3>
                <ul>
                <li><strong>Bold</strong> item that runs on</li>
                <li>with <code>slug-1</code> and <em>Journal</em></li>
                </ul>
                <p>A paragraph over two lines.</p>
                """, MarkdownText.html(List.of("## Corrections", "", "- **Bold** item", "  that runs on",
                "- with `slug-1` and *Journal*", "", "A paragraph", "over two lines."), 1));
    }

    @Test
    void escapesMarkupInTheText() {
        assertEquals("<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; <code>&lt;b&gt;</code></p>\n",
                MarkdownText.html(List.of("<script>alert(\"x\")</script> & `<b>`"), 1));
    }
}
