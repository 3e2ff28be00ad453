package org.amuratlas.model;

/** ISO 3166-1 alpha-2 codes of the countries the seeds place things in. */
public enum Country {
    CN("China"), RU("Russia"), MN("Mongolia"), KP("North Korea"), KR("South Korea"), JP("Japan"),
    PL("Poland"), DE("Germany"), NL("Netherlands");

    public final String displayName;

    Country(String displayName) {
        this.displayName = displayName;
    }
}
