package org.hisops.hetero.api;

import java.util.Map;

/**
 * How effort units become person-days: the team's planning assumptions, editable per site (docs/heterogeneous.md).
 *
 * @param minutesPerUnit the work one unit stands for
 * @param hoursPerDay the productive hours of a person-day
 * @param sourceLinesPerUnit PL/SQL lines read and tested per unit, on top of the rules' units
 * @param baseUnits the units every object of a kind costs before any rule fires (reading, converting, testing it)
 */
public record EffortTable(double minutesPerUnit, double hoursPerDay, double sourceLinesPerUnit,
        Map<ObjectKind, Double> baseUnits) {

    public EffortTable {
        if (!(minutesPerUnit > 0) || !(hoursPerDay > 0) || !(sourceLinesPerUnit > 0)) {
            throw new IllegalArgumentException("minutes per unit, hours per day and lines per unit must be positive");
        }
        baseUnits = Map.copyOf(baseUnits);
    }

    public double base(ObjectKind kind) {
        return baseUnits.getOrDefault(kind, 0.0);
    }

    public double personDays(double units) {
        return units * minutesPerUnit / 60.0 / hoursPerDay;
    }
}
