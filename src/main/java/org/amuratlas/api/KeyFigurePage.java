package org.amuratlas.api;

import java.util.List;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("KeyFigurePage")
public record KeyFigurePage(@NonNull List<@NonNull KeyFigureView> items, int totalCount, int offset, int limit, boolean hasNext) {
}
