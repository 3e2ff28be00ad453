package org.amuratlas.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class XmlTextTest {

    @Test
    void escapesMarkupInTextAndAttributes() {
        assertEquals("&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;",
                XmlText.escape("<script>alert(\"x\") & 'y'</script>"));
    }

    @Test
    void keepsEveryOtherCharacterIncludingWhitespaceAndOtherScripts() {
        assertEquals("Хэйхэ 黑河\tline\nnext\r", XmlText.escape("Хэйхэ 黑河\tline\nnext\r"));
    }

    @Test
    void dropsControlCharactersThatXmlForbidsAndTreatsNullAsEmpty() {
        assertEquals("ab", XmlText.escape("a\u0000\u0001\u001Fb"));
        assertEquals(" ", XmlText.escape("\u001F "));
        assertEquals("", XmlText.escape(null));
        assertEquals("", XmlText.escape(""));
    }
}
