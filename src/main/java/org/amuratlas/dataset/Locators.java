package org.amuratlas.dataset;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a citation's locator points at a part that exists in that kind of document. A locator starts with its
 * anchor, optionally refined after commas and followed by remarks in brackets: "para. 7", "§2.2, para. 1, citing
 * ref. [10] (…)", "Table 2, Railway Transport (line 1)", "Eastern Silk Road Belt, para. 3". News items and features
 * are cited by paragraph (or lead paragraph, photo caption, byline); papers also by section, table, footnote, reference
 * list and their named parts. Anything else ("x", "Table", a section sign on a news item) resolves to nothing.
 */
final class Locators {

    private static final Pattern REMARK = Pattern.compile("\\s*\\([^()]*\\)");
    private static final Pattern PARAGRAPHS = Pattern.compile("paras?\\. \\d+(?:[-–]\\d+)?(?: and para\\. \\d+)?");
    private static final Pattern PAPER_ANCHOR = Pattern.compile(
            "§(?:\\d+(?:\\.\\d+)*|[IVX]+)|Table \\d+|footnote \\d+|References \\[\\d+\\](?:, \\[\\d+\\])*|Section '[^']+'");
    // a heading as printed, with its own colon: "Cooperation between Russia and Heilongjiang Province: current state"
    private static final Pattern SECTION_TITLE = Pattern.compile("\\p{Lu}[\\p{L} -]+(?:: [\\p{L} -]+)?");
    private static final Set<String> PAPER_PARTS = Set.of("Abstract", "Introduction", "Conclusion",
            "Author information", "byline", "reference line");
    private static final Set<String> NEWS_PARTS = Set.of("lead paragraph", "photo caption", "byline", "headline");
    private static final Set<String> NEWS_KINDS = Set.of("NEWS", "FEATURE");

    private Locators() {
    }

    /** @param sourceKind the cited source's kind (NEWS, FEATURE, PAPER, OFFICIAL) */
    static boolean resolvable(String locator, String sourceKind) {
        if (locator == null || locator.isBlank()) {
            return false;
        }
        String withoutRemarks = REMARK.matcher(locator.strip()).replaceAll("");
        if (PARAGRAPHS.matcher(withoutRemarks).matches() || PARAGRAPHS.matcher(first(withoutRemarks)).matches()) {
            return true;
        }
        if (NEWS_KINDS.contains(sourceKind)) {
            return NEWS_PARTS.contains(first(withoutRemarks));
        }
        String anchor = first(withoutRemarks);
        if (PAPER_PARTS.contains(anchor) || PAPER_ANCHOR.matcher(anchor).matches()
                || PAPER_ANCHOR.matcher(withoutRemarks).matches()) {
            return true;
        }
        // a section cited by its printed heading must say which paragraph: "Eastern Silk Road Belt, para. 2"
        String rest = withoutRemarks.substring(anchor.length());
        return SECTION_TITLE.matcher(anchor).matches() && rest.startsWith(", ")
                && PARAGRAPHS.matcher(first(rest.substring(2))).matches();
    }

    private static String first(String locator) {
        int comma = locator.indexOf(", ");
        return comma < 0 ? locator : locator.substring(0, comma);
    }
}
