package org.amuratlas.opendata;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/** The three formats reference managers read, each with its file extension and media type. */
enum CitationFormat {
    BIBTEX("bib", BibTex.MEDIA_TYPE, BibTex::write),
    RIS("ris", Ris.MEDIA_TYPE, Ris::write),
    CSL_JSON("csl.json", CslJson.MEDIA_TYPE, CslJson::write);

    final String extension;
    final String mediaType;
    private final Function<CitationEntry, String> writer;

    CitationFormat(String extension, String mediaType, Function<CitationEntry, String> writer) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.writer = writer;
    }

    Download download(CitationEntry entry, String fileStem) {
        return Download.of(writer.apply(entry).getBytes(StandardCharsets.UTF_8), mediaType,
                fileStem + "." + extension);
    }
}
