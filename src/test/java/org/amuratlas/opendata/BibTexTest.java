package org.amuratlas.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.amuratlas.opendata.CitationEntry.Kind;
import org.junit.jupiter.api.Test;

/** BibTeX's special characters are escaped so that the entry parses and prints the text as written. */
class BibTexTest {

    @Test
    void escapesEveryLatexSpecialCharacter() {
        String nasty = "R&D at 100% {draft} for $5 #1 a_b x^2 ~ c:\\d }{ «Амур» 黑龙江";
        CitationEntry entry = new CitationEntry("k", Kind.JOURNAL_ARTICLE, nasty, List.of("O'Brien, T.", "Zhang, X."),
                null, "Journal & Co", "5", "1", "13–18", 2019, null, "10.1/x_y", "https://example.org/a_b?x=1%20", "en",
                null, null, "note } with { unbalanced");
        String bib = BibTex.write(entry);
        BibTexReader.Entry parsed = BibTexReader.parse(bib);
        assertEquals("article", parsed.type());
        assertEquals(nasty, BibTexReader.unescape(parsed.fields().get("title")));
        assertEquals("Journal & Co", BibTexReader.unescape(parsed.fields().get("journal")));
        assertEquals("note } with { unbalanced", BibTexReader.unescape(parsed.fields().get("note")));
        assertEquals("O'Brien, T. and Zhang, X.", parsed.fields().get("author"));
        assertEquals("13--18", parsed.fields().get("pages"));
        assertEquals("https://example.org/a_b?x=1%20", parsed.fields().get("url"), "URLs verbatim");
        assertEquals("10.1/x_y", parsed.fields().get("doi"));
    }

    @Test
    void risKeepsEveryValueOnOneLine() {
        CitationEntry entry = new CitationEntry("k", Kind.NEWS_ARTICLE, "Two\nlines", List.of(), null, "AsiaNews",
                null, null, null, 2022, java.time.LocalDate.of(2022, 3, 23), null, null, "en", null, null, null);
        String ris = Ris.write(entry);
        assertEquals(List.of("TY  - NEWS", "ID  - k", "TI  - Two lines", "T2  - AsiaNews", "PY  - 2022",
                "DA  - 2022/03/23/", "LA  - en", "ER  - "), List.of(ris.split("\r\n")));
    }
}
