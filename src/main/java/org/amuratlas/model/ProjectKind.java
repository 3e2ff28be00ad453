package org.amuratlas.model;

public enum ProjectKind {
    PIPELINE, BRIDGE, RAILWAY, ROAD, PORT, AIR_ROUTE, TRANSPORT_CORRIDOR, TRADE_ZONE, INDUSTRIAL_PARK,
    REFINERY, OIL_TERMINAL, TRANSMISSION_LINE, CABLE, EXPO, PROGRAMME, STRATEGY;

    /**
     * Whether the project is a policy (a strategy or a programme) rather than something built: it is carried out,
     * not constructed or put into operation, and Chinese and Russian say so with other status words (实施中, not
     * 已投运).
     */
    public boolean policy() {
        return this == PROGRAMME || this == STRATEGY;
    }

    /**
     * Whether Global Energy Monitor's trackers cover projects of this kind (pipelines, oil terminals, refineries,
     * power lines), so that its status words apply; a bridge or a trade zone gets ours only.
     */
    public boolean trackedByGlobalEnergyMonitor() {
        return switch (this) {
            case PIPELINE, REFINERY, OIL_TERMINAL, TRANSMISSION_LINE -> true;
            default -> false;
        };
    }
}
