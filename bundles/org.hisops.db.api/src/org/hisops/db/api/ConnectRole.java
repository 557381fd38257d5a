package org.hisops.db.api;

/**
 * The administrative privilege a connection is made with (Oracle). A mounted physical standby accepts connections
 * only {@link #SYSDBA} (or SYSOPER), which is why the Data Guard console needs it there.
 */
public enum ConnectRole {
    NORMAL, SYSDBA, SYSOPER
}
