package org.hisops.db.driver.oracle.internal;

import org.hisops.db.api.DbVersion;
import org.hisops.db.api.DriverProvider;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The 11.2.0.4 driver (ojdbc6): the newest that reaches Oracle 10g, and 11.2 releases before 11.2.0.4 that the
 * 19c driver does not support.
 */
@Component(service = DriverProvider.class, property = "service.ranking:Integer=10")
public class Oracle11gDriver extends OracleDriverLine {

    public Oracle11gDriver() {
        super("wrapped.com.oracle.database.jdbc.ojdbc6", "Oracle JDBC 11.2.0.4 (ojdbc6)");
    }

    @Activate
    void start(BundleContext context) {
        activate(context);
    }

    @Override
    boolean supports(DbVersion version) {
        return version == null || version.compareTo(Oracle19cDriver.LOWEST) < 0;
    }
}
