package org.hisops.db.api;

import java.sql.SQLException;

/** Work done with a lent {@link ChangeSession}. */
@FunctionalInterface
public interface ChangeWork<T> {
    T run(ChangeSession session) throws SQLException;
}
