package org.amuratlas.model;

public enum ActorKind {
    PERSON, GOVERNMENT, ORGANIZATION, COMPANY, GROUP
}
