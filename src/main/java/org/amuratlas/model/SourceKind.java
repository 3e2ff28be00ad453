package org.amuratlas.model;

public enum SourceKind {
    NEWS, FEATURE, PAPER, OFFICIAL
}
