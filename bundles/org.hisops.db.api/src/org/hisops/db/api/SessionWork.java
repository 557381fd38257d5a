package org.hisops.db.api;

import java.sql.SQLException;

/** Work done with a lent {@link Session}. */
@FunctionalInterface
public interface SessionWork<T> {
    T run(Session session) throws SQLException;
}
