package org.hisops.db.api;

import java.io.IOException;
import java.sql.SQLException;

/**
 * Work done with a lent {@link TransferSession}.
 *
 * @since 1.2
 */
@FunctionalInterface
public interface TransferWork<T> {
    T run(TransferSession session) throws SQLException, IOException;
}
