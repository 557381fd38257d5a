package org.hisops.checks.api;

import java.sql.SQLException;
import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/** Turns a check's rows into findings; an empty list means the check passed. */
@FunctionalInterface
@ConsumerType
public interface CheckEvaluator {

    List<Finding> evaluate(CheckContext context) throws SQLException;
}
