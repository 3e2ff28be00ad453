package org.amuratlas.dataset;

/** The integrity checks the curated dataset must pass; each {@link Violation} names the one that found it. */
public enum Check {
    /** Every record that makes a claim cites at least one source. */
    CITED,
    /** Every citation names a part of its source that exists in that kind of document (see {@link Locators}). */
    LOCATOR,
    /** Every source supports at least one record. */
    SOURCE_USED,
    /** A source that a record's text names (e.g. "Zhang (2025) reports") is among the record's citations. */
    NAMED_SOURCE_CITED,
    /** Slugs are lowercase-kebab, so they are safe in URLs. */
    SLUG,
    /** Every theme has projects or events. */
    THEME_CONTENT,
    /** A project's places form a route without gaps, and every project has a theme. */
    PROJECT_SHAPE,
    /** Every place is named in Russian (Cyrillic) and Chinese (Han characters). */
    PLACE_NAMES,
    /** A place's coordinates lie in its own country, where the shipped outline covers them. */
    PLACE_LOCATION,
    /** An event's date is exactly as precise as its precision says, a real date, and not after 2024. */
    EVENT_DATE,
    /** Observations refer to measures their series declares, once per period; a chart group shares one unit. */
    MEASURES,
    /** Exports plus imports make the printed total, within rounding. */
    TOTAL,
    /** A printed growth rate follows from the values of its year and the year before, within rounding. */
    GROWTH,
    /** Shares lie between 0 and 100 %, and no growth rate falls below -100 %. */
    PERCENT_RANGE,
    /** The trade table's share of China's trade with Russia agrees with the national total the atlas reports. */
    NATIONAL_TRADE,
    /** A figure printed both in a series and as a key figure is the same figure in both. */
    KEY_FIGURE_AGREES,
    /** A translation keeps every number of the English text it translates. */
    TRANSLATION_NUMBERS,
    /** A translation names every place its English text names, by the place table's Russian or Chinese name. */
    TRANSLATION_PLACES
}
