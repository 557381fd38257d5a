package org.hisops.db.driver.oracle.internal;

import org.hisops.db.api.DbVersion;
import org.hisops.db.api.DriverProvider;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The 19c driver (ojdbc8 19.x): Oracle's interoperability matrix gives it servers 11.2.0.4 through 21c. Tried
 * first when the version is not known yet.
 */
@Component(service = DriverProvider.class, property = "service.ranking:Integer=20")
public class Oracle19cDriver extends OracleDriverLine {

    static final DbVersion LOWEST = DbVersion.parse("11.2.0.4");

    public Oracle19cDriver() {
        super("wrapped.com.oracle.database.jdbc.ojdbc8", "Oracle JDBC 19c (ojdbc8)");
    }

    @Activate
    void start(BundleContext context) {
        activate(context);
    }

    @Override
    boolean supports(DbVersion version) {
        return version == null || version.compareTo(LOWEST) >= 0;
    }
}
