package org.amuratlas.opendata;

import java.util.List;

/**
 * One table of the data package as published: its columns (the database's, minus working columns a reader has no
 * use for), its key, and the tables its columns refer to. Field types and required flags come from the database
 * itself ({@link TableExport}), so they cannot drift from the loaded data.
 *
 * @param name the database table, also the resource name and {@code data/<name>.csv}
 * @param primaryKey the columns that identify a row (for join tables, all of their columns)
 */
record PackageTable(String name, String description, List<String> columns, List<String> primaryKey,
        List<ForeignKey> foreignKeys) {

    /** Columns of this table that name a row of another table by the columns of that table's primary key. */
    record ForeignKey(List<String> fields, String table, List<String> referencedFields) {

        static ForeignKey of(String field, String table) {
            return new ForeignKey(List.of(field), table, List.of("slug"));
        }
    }

    /** The ORDER BY of the export: the primary key, so every build writes the rows in the same order. */
    String orderBy() {
        return String.join(", ", primaryKey);
    }
}
