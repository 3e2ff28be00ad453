package org.amuratlas.dataset;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The few JDBC calls the checks need: a query mapped row by row, and whether a table or column exists. */
final class Sql {

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private Sql() {
    }

    static <T> List<T> list(Connection db, String query, RowMapper<T> mapper, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(query)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rows.next()) {
                    out.add(mapper.map(rows));
                }
                return out;
            }
        }
    }

    static List<String> strings(Connection db, String query, Object... parameters) throws SQLException {
        return list(db, query, row -> row.getString(1), parameters);
    }

    /** Whether the table (and, if given, the column) exists; names as in import.sql, any case. */
    static boolean exists(Connection db, String table, String column) throws SQLException {
        String query = column == null
                ? "select count(*) from information_schema.tables where upper(table_name) = ?"
                : "select count(*) from information_schema.columns where upper(table_name) = ? and upper(column_name) = ?";
        Object[] names = column == null ? new Object[] {upper(table)} : new Object[] {upper(table), upper(column)};
        return list(db, query, row -> row.getLong(1), names).get(0) > 0;
    }

    private static String upper(String name) {
        return name.toUpperCase(Locale.ROOT);
    }
}
