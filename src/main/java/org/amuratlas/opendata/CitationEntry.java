package org.amuratlas.opendata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.amuratlas.read.Source;

/**
 * What a reference manager needs to know about a work, in one form for the three formats the atlas writes
 * ({@link BibTex}, {@link Ris}, {@link CslJson}): a source document, or the atlas itself as a dataset.
 *
 * @param authors persons as "Family, Given" (as the sources print them); empty where the work names none
 * @param corporateAuthor an organisation as author (the atlas), or null
 * @param date the day of publication where printed, else null (then only {@code year} is known)
 * @param version the dataset version, for the atlas; null for documents
 * @param accessed the day the cited version was published, for the atlas; null for documents
 */
record CitationEntry(String key, Kind kind, String title, List<String> authors, String corporateAuthor,
        String container, String volume, String issue, String pages, int year, LocalDate date, String doi, String url,
        String language, String version, LocalDate accessed, String note) {

    enum Kind {
        JOURNAL_ARTICLE, NEWS_ARTICLE, REPORT, DATASET
    }

    private static final Pattern VOLUME = Pattern.compile("Vol\\. (\\d+)");
    private static final Pattern ISSUE = Pattern.compile("no\\. (\\d+)");
    private static final Pattern PAGES = Pattern.compile("pp\\. (\\d+)\\s*[–-]\\s*(\\d+)");

    static CitationEntry of(Source source) {
        Kind kind = switch (source.kind()) {
            case PAPER -> Kind.JOURNAL_ARTICLE;
            case NEWS, FEATURE -> Kind.NEWS_ARTICLE;
            case OFFICIAL -> Kind.REPORT;
        };
        String bibliographic = source.bibliographic() == null ? "" : source.bibliographic();
        String pages = null;
        Matcher range = PAGES.matcher(bibliographic);
        if (range.find()) {
            pages = range.group(1) + "–" + range.group(2);
        }
        return new CitationEntry(source.slug(), kind, source.title().english(), persons(source.authors()), null,
                source.outlet(), first(VOLUME, bibliographic), first(ISSUE, bibliographic), pages,
                source.publishedYear(), source.publishedOn(), source.doi(), source.url(),
                source.language(), null, null, null);
    }

    static CitationEntry of(AtlasIdentity atlas) {
        return new CitationEntry(AtlasIdentity.PACKAGE_NAME + "-" + atlas.version(), Kind.DATASET,
                AtlasIdentity.TITLE, List.of(), AtlasIdentity.TITLE, null, null, null, null,
                atlas.releaseDate().getYear(), atlas.releaseDate(), null, atlas.siteUrl() + "/", "en",
                atlas.version(), atlas.releaseDate(), "Dataset. Licence: " + AtlasIdentity.LICENCE_TITLE + " ("
                        + AtlasIdentity.LICENCE_ID + "). Whole dataset: " + atlas.siteUrl() + "/data/atlas.zip");
    }

    /** "Family, G." as the surname and the rest; a name without a comma stays whole in the surname. */
    record Person(String family, String given) {

        static Person of(String name) {
            int comma = name.indexOf(',');
            return comma < 0 ? new Person(name.strip(), null)
                    : new Person(name.substring(0, comma).strip(), name.substring(comma + 1).strip());
        }
    }

    List<Person> persons() {
        return authors.stream().map(Person::of).toList();
    }

    String firstPage() {
        return pages == null ? null : pages.substring(0, pages.indexOf('–'));
    }

    String lastPage() {
        return pages == null ? null : pages.substring(pages.indexOf('–') + 1);
    }

    /** Several authors are separated by semicolons or "and"; each is written "Family, Given". */
    private static List<String> persons(String authors) {
        List<String> persons = new ArrayList<>();
        if (authors != null) {
            for (String person : authors.split(";| and | & ")) {
                if (!person.isBlank()) {
                    persons.add(person.strip());
                }
            }
        }
        return List.copyOf(persons);
    }

    private static String first(Pattern pattern, String text) {
        Matcher found = pattern.matcher(text);
        return found.find() ? found.group(1) : null;
    }
}
