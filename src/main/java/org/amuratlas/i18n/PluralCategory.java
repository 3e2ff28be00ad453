package org.amuratlas.i18n;

/** The CLDR plural categories the atlas's languages use (Chinese has only OTHER, English ONE and OTHER). */
public enum PluralCategory {
    ONE, FEW, MANY, OTHER
}
