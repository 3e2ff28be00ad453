package org.amuratlas.opendata;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one table of the loaded dataset as the package publishes it: its rows as text, in primary-key order, and
 * each column's Table Schema type and whether it may be empty, as the database declares them.
 */
final class TableExport {

    /** A column as Table Schema describes it. */
    record Field(String name, String type, boolean required) {
    }

    /** A table's fields and rows; a null cell is a value the record does not have. */
    record Rows(PackageTable table, List<Field> fields, List<List<String>> rows) {
    }

    private TableExport() {
    }

    static Rows read(Connection db, PackageTable table) throws SQLException {
        String query = "select " + String.join(", ", table.columns()) + " from " + table.name() + " order by "
                + table.orderBy();
        try (Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(query)) {
            ResultSetMetaData meta = result.getMetaData();
            List<Field> fields = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                fields.add(new Field(table.columns().get(i - 1), type(meta.getColumnType(i)),
                        meta.isNullable(i) == ResultSetMetaData.columnNoNulls));
            }
            List<List<String>> rows = new ArrayList<>();
            while (result.next()) {
                List<String> row = new ArrayList<>(fields.size());
                for (int i = 1; i <= fields.size(); i++) {
                    row.add(text(result.getObject(i)));
                }
                rows.add(row);
            }
            return new Rows(table, List.copyOf(fields), rows);
        }
    }

    private static String type(int sqlType) {
        return switch (sqlType) {
            case Types.INTEGER, Types.BIGINT, Types.SMALLINT, Types.TINYINT -> "integer";
            case Types.NUMERIC, Types.DECIMAL, Types.DOUBLE, Types.FLOAT, Types.REAL -> "number";
            case Types.BOOLEAN, Types.BIT -> "boolean";
            case Types.DATE -> "date";
            default -> "string"; // text, and the enumerations (kinds, statuses, countries) by their names
        };
    }

    /** Numbers without trailing zeros, dates in ISO 8601, everything else as the database holds it. */
    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.signum() == 0 ? "0" : decimal.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Double number) {
            return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate().toString();
        }
        return value.toString();
    }
}
