package org.frontlineatlas.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * INSERT ... VALUES (...), (...), ... in chunks: one statement for many rows, in plain SQL that
 * H2 and PostgreSQL both run. Imports write dozens of source and audit rows per article.
 */
final class MultiRowInsert {

    private static final int ROWS_PER_STATEMENT = 100;

    /** Fills the values of row {@code index} in column order. */
    interface RowWriter {
        void write(int index, Row row);
    }

    static final class Row {
        private final List<Object> values = new ArrayList<>();

        Row value(Object v) {
            values.add(v);
            return this;
        }
    }

    private MultiRowInsert() {}

    static void run(JdbcClient jdbc, String insertPrefix, int rows, RowWriter writer) {
        for (int from = 0; from < rows; from += ROWS_PER_STATEMENT) {
            int to = Math.min(rows, from + ROWS_PER_STATEMENT);
            StringBuilder sql = new StringBuilder(insertPrefix);
            Map<String, Object> params = new LinkedHashMap<>();
            for (int i = from; i < to; i++) {
                Row row = new Row();
                writer.write(i, row);
                sql.append(i == from ? "(" : ", (");
                for (int c = 0; c < row.values.size(); c++) {
                    String name = "p" + i + "_" + c;
                    sql.append(c == 0 ? ":" : ", :").append(name);
                    params.put(name, row.values.get(c));
                }
                sql.append(')');
            }
            jdbc.sql(sql.toString()).params(params).update();
        }
    }
}
