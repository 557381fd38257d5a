package org.hisops.db.api;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Turns the current row into a value. */
@FunctionalInterface
public interface RowMapper<T> {
    T map(ResultSet row) throws SQLException;
}
