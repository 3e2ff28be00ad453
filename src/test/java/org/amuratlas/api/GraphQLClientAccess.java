package org.amuratlas.api;

import static org.hamcrest.Matchers.nullValue;

/** For page tests in other packages: what the API counts, to hold a page against. */
public final class GraphQLClientAccess {

    private GraphQLClientAccess() {
    }

    /** The API's total count of projects for a filter written as a GraphQL input object ({@code {}} for none). */
    public static int totalProjects(String filter) {
        return GraphQLClient.post("{ projects(filter: " + filter + ") { totalCount } }").statusCode(200)
                .body("errors", nullValue()).extract().path("data.projects.totalCount");
    }
}
