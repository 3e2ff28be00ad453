package org.amuratlas.api;

import java.util.List;
import org.eclipse.microprofile.graphql.Type;

@Type("ProjectPage")
public record ProjectPage(List<ProjectView> items, long totalCount, int offset, int limit, boolean hasNext) {
}
