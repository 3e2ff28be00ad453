package org.amuratlas.model;

/** How a source qualifies a number: "more than 80", "about 20", "nearly 100", "less than 40". */
public enum FigureQualifier {
    EXACT(""), MORE_THAN("more than "), ABOUT("about "), NEARLY("nearly "), LESS_THAN("less than "), UP_TO("up to ");

    public final String prefix;

    FigureQualifier(String prefix) {
        this.prefix = prefix;
    }
}
