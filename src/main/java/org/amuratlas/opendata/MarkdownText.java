package org.amuratlas.opendata;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The little Markdown the changelog is written in, as HTML: headings (shifted to fit under the page's own), paragraphs,
 * "- " lists whose items run on over indented lines, and inline bold, italics and code. Text is escaped before any
 * markup is added, so the file cannot inject markup.
 */
final class MarkdownText {

    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");
    private static final Pattern ITALIC = Pattern.compile("(?<![*\\w])\\*([^*\\s][^*]*?)\\*(?![*\\w])");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    private MarkdownText() {
    }

    /** @param headingShift added to a heading's level: 1 makes "## x" an h3 */
    static String html(List<String> lines, int headingShift) {
        StringBuilder html = new StringBuilder();
        StringBuilder block = new StringBuilder();
        String open = null; // "p" or "li" while a paragraph or a list item is being read
        boolean inList = false;
        for (String line : lines) {
            String trimmed = line.strip();
            boolean continues = open != null && !trimmed.isEmpty() && !trimmed.startsWith("#")
                    && !trimmed.startsWith("- ") && (open.equals("p") || line.startsWith(" "));
            if (continues) {
                block.append(' ').append(trimmed);
                continue;
            }
            close(html, block, open);
            open = null;
            boolean item = trimmed.startsWith("- ");
            if (inList && !item) {
                html.append("</ul>\n");
                inList = false;
            }
            if (trimmed.isEmpty()) {
                continue;
            }
            if (trimmed.startsWith("#")) {
                int level = trimmed.indexOf(' ');
                int shifted = Math.min(6, level + headingShift);
                html.append("<h").append(shifted).append('>').append(inline(trimmed.substring(level + 1)))
                        .append("</h").append(shifted).append(">\n");
            } else if (item) {
                if (!inList) {
                    html.append("<ul>\n");
                    inList = true;
                }
                open = "li";
                block.append(trimmed.substring(2));
            } else {
                open = "p";
                block.append(trimmed);
            }
        }
        close(html, block, open);
        if (inList) {
            html.append("</ul>\n");
        }
        return html.toString();
    }

    private static void close(StringBuilder html, StringBuilder block, String open) {
        if (open != null && !block.isEmpty()) {
            html.append('<').append(open).append('>').append(inline(block.toString())).append("</").append(open)
                    .append(">\n");
        }
        block.setLength(0);
    }

    static String inline(String text) {
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        escaped = replace(CODE, escaped, "<code>", "</code>");
        escaped = replace(BOLD, escaped, "<strong>", "</strong>");
        return replace(ITALIC, escaped, "<em>", "</em>");
    }

    private static String replace(Pattern pattern, String text, String before, String after) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(before + matcher.group(1) + after));
        }
        return matcher.appendTail(out).toString();
    }
}
