package org.hisops.assessment.data.api;

/** A table as the dictionary names it (owner/schema and name, exact case). */
public record TableName(String owner, String table) {

    @Override
    public String toString() {
        return owner + "." + table;
    }
}
