package org.amuratlas.api.http;

/**
 * What a query costs against the limits that refuse it, sent in every answer's {@code extensions.cost} (in the
 * manner of Shopify's API), so that a client sees how close it is to a limit before it reaches it.
 */
record QueryCost(int complexity, int maxComplexity, int depth, int maxDepth) {

    boolean tooDeep() {
        return depth > maxDepth;
    }

    boolean tooComplex() {
        return complexity > maxComplexity;
    }
}
