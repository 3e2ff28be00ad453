package org.amuratlas.model;

public enum ChallengeCategory {
    INSTITUTIONAL, INFRASTRUCTURE, ECONOMIC, GEOPOLITICAL, SOCIAL
}
