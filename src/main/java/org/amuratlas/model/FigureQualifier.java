package org.amuratlas.model;

/**
 * How a source qualifies a number: "more than 80", "about 20", "nearly 100", "less than 40". Its words in each
 * language are in the {@code fmt} message bundles ({@code i18n.FigureText}).
 */
public enum FigureQualifier {
    EXACT, MORE_THAN, ABOUT, NEARLY, LESS_THAN, UP_TO
}
