package org.hisops.hetero.api;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One heterogeneous assessment of an Oracle endpoint.
 *
 * @param endpointId the source endpoint
 * @param sourceVersion the Oracle version as detected
 * @param characterSet the source's NLS_CHARACTERSET
 * @param flavour the target it was assessed for
 * @param emulated whether the source is the emulated Oracle (仿真), which reports must say
 * @param started when it started
 * @param finished when it ended
 * @param cancelled whether it was cancelled (the objects are then those of the schemas read so far)
 * @param schemas the schemas read
 * @param objects every object, by schema, kind and name
 * @param effort the effort table used
 */
public record HeteroAssessment(String endpointId, String sourceVersion, String characterSet, TargetFlavour flavour,
        boolean emulated, Instant started, Instant finished, boolean cancelled, List<String> schemas,
        List<AssessedObject> objects, EffortTable effort) {

    public HeteroAssessment {
        Objects.requireNonNull(flavour, "flavour");
        schemas = List.copyOf(schemas);
        objects = List.copyOf(objects);
    }

    public long count(ObjectKind kind) {
        return objects.stream().filter(o -> o.kind() == kind).count();
    }

    public long count(ObjectKind kind, Conversion conversion) {
        return objects.stream().filter(o -> o.kind() == kind && o.conversion() == conversion).count();
    }

    public long count(Conversion conversion) {
        return objects.stream().filter(o -> o.conversion() == conversion).count();
    }

    public double units(ObjectKind kind) {
        return objects.stream().filter(o -> o.kind() == kind).mapToDouble(AssessedObject::units).sum();
    }

    public double units() {
        return objects.stream().mapToDouble(AssessedObject::units).sum();
    }

    public double personDays(ObjectKind kind) {
        return effort.personDays(units(kind));
    }

    public double personDays() {
        return effort.personDays(units());
    }

    /** The most any object needs, AUTO for an empty inventory. */
    public Conversion highest() {
        return objects.stream().map(AssessedObject::conversion).reduce(Conversion.AUTO, Conversion::max);
    }
}
