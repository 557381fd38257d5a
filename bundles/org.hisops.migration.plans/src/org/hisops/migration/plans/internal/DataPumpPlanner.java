package org.hisops.migration.plans.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.hisops.migration.plans.DataPumpPlan;
import org.hisops.migration.plans.Estimate;
import org.hisops.migration.plans.PlanParameter;
import org.hisops.migration.plans.PlanRequest;
import org.hisops.migration.plans.SchemaVolume;
import org.hisops.migration.plans.SourceProfile;

/** Generates the expdp/impdp parameter files and the estimate. No database, no OSGi: a function of its inputs. */
final class DataPumpPlanner {

    static final double MB = 1024d * 1024d;
    static final long GB = 1024L * 1024L * 1024L;

    /** Accounts Oracle creates; FULL=Y does not export their objects either (they are recreated by the target's catalog). */
    static final List<String> ORACLE_ACCOUNTS = List.of("SYS", "SYSTEM", "OUTLN", "DBSNMP", "SYSMAN", "XDB", "CTXSYS",
            "MDSYS", "ORDSYS", "ORDPLUGINS", "SI_INFORMTN_SCHEMA", "OLAPSYS", "WMSYS", "EXFSYS", "DMSYS", "TSMSYS",
            "MGMT_VIEW", "ANONYMOUS", "MDDATA", "WKSYS", "WK_TEST", "WKPROXY", "ORACLE_OCM", "DIP", "FLOWS_FILES",
            "APEX_PUBLIC_USER", "XS$NULL", "SPATIAL_CSW_ADMIN_USR", "SPATIAL_WFS_ADMIN_USR", "APPQOSSYS", "OWBSYS");

    private DataPumpPlanner() {
    }

    /** The schemas the plan moves, with their volumes (FULL: every non-Oracle account owning segments). */
    static List<SchemaVolume> chosen(PlanRequest request, SourceProfile source) {
        if (request.full()) {
            return source.schemas().stream().filter(s -> !ORACLE_ACCOUNTS.contains(s.schema())).toList();
        }
        return request.schemas().stream()
                .map(name -> source.schemas().stream().filter(s -> s.schema().equals(name)).findFirst()
                        .orElse(new SchemaVolume(name, 0, 0, 0, 0)))
                .toList();
    }

    static int parallel(PlanRequest request, SourceProfile source, long dataBytes) {
        if (!source.enterpriseEdition()) {
            return 1;
        }
        int cpus = Math.max(1, source.cpuCount());
        if (request.parallel() > 0) {
            return Math.min(request.parallel(), cpus);
        }
        // One worker per dump file that the data fills, so no worker waits for a file; never above CPU_COUNT.
        long files = Math.max(1, (dataBytes + request.fileSizeGigabytes() * GB - 1) / (request.fileSizeGigabytes() * GB));
        return (int) Math.max(1, Math.min(cpus, files));
    }

    static DataPumpPlan plan(PlanRequest request, SourceProfile source, Figures figures, Instant created) {
        List<SchemaVolume> chosen = chosen(request, source);
        long data = chosen.stream().mapToLong(SchemaVolume::dataBytes).sum();
        long index = chosen.stream().mapToLong(SchemaVolume::indexBytes).sum();
        int parallel = parallel(request, source, data);
        String db = source.databaseName() == null ? "SOURCE" : source.databaseName().toLowerCase(Locale.ROOT);
        boolean network = request.networkLink() != null;
        String schemas = String.join(",", chosen.stream().map(SchemaVolume::schema).toList());

        List<PlanParameter> export = new ArrayList<>();
        if (!network) {
            mode(export, request, schemas, Sources.UTIL_102);
            export.add(p("DIRECTORY", request.directory(), "note.directory", List.of(), Sources.UTIL_102));
            export.add(p("DUMPFILE", db + "_%U.dmp", "note.dumpfile", List.of(), Sources.UTIL_102));
            export.add(p("FILESIZE", request.fileSizeGigabytes() + "G", "note.filesize",
                    List.of(String.valueOf(Math.max(1, (data + request.fileSizeGigabytes() * GB - 1)
                            / (request.fileSizeGigabytes() * GB)))), Sources.UTIL_102));
            export.add(p("LOGFILE", "expdp_" + db + ".log", "note.logfile", List.of(), Sources.UTIL_102));
            export.add(p("FLASHBACK_SCN", Long.toString(source.currentScn()), "note.flashback",
                    List.of(Long.toString(exportSeconds(data, figures) / 60 + 1)), Sources.UTIL_102));
            export.add(parallelParameter(source, parallel, Sources.UTIL_102));
            export.add(p("CONTENT", "ALL", "note.content", List.of(), Sources.UTIL_102));
            export.add(p("EXCLUDE", "STATISTICS", "note.exclude.statistics", List.of(), Sources.UTIL_102));
        }
        List<PlanParameter> imports = new ArrayList<>();
        mode(imports, request, schemas, Sources.UTIL_112_IMPORT);
        imports.add(p("DIRECTORY", request.directory(), network ? "note.directory.network" : "note.directory",
                List.of(), Sources.UTIL_112_IMPORT));
        if (network) {
            imports.add(p("NETWORK_LINK", request.networkLink(), "note.network_link", List.of(), Sources.UTIL_112_IMPORT));
            imports.add(p("FLASHBACK_SCN", Long.toString(source.currentScn()), "note.flashback.network", List.of(),
                    Sources.UTIL_112_IMPORT));
            imports.add(p("EXCLUDE", "STATISTICS", "note.exclude.statistics", List.of(), Sources.UTIL_112_IMPORT));
        } else {
            imports.add(p("DUMPFILE", db + "_%U.dmp", "note.dumpfile.import", List.of(), Sources.UTIL_112_IMPORT));
        }
        imports.add(p("LOGFILE", "impdp_" + db + ".log", "note.logfile", List.of(), Sources.UTIL_112_IMPORT));
        imports.add(parallelParameter(source, parallel, Sources.UTIL_112_IMPORT));
        for (Map.Entry<String, String> remap : sorted(request.remapSchemas())) {
            imports.add(p("REMAP_SCHEMA", remap.getKey() + ":" + remap.getValue(), "note.remap_schema", List.of(),
                    Sources.UTIL_112_IMPORT));
        }
        for (Map.Entry<String, String> remap : sorted(request.remapTablespaces())) {
            imports.add(p("REMAP_TABLESPACE", remap.getKey() + ":" + remap.getValue(), "note.remap_tablespace",
                    List.of(), Sources.UTIL_112_IMPORT));
        }

        Estimate estimate = estimate(data, index, network, figures);
        String header = header(source, created);
        return new DataPumpPlan(export, imports,
                network ? "" : parfile("expdp", header + versionNote(), export),
                parfile("impdp", header, imports), parallel, estimate,
                network ? List.of("link.create", "link.privilege.source", "link.privilege.target", "link.tns",
                        "link.long", "link.versions") : List.of());
    }

    /**
     * Fallback: an export of the 11.2 database that the 10.2 one can import. Here VERSION matters: a dump written by
     * a newer release can be imported into an older one only when VERSION names the older release.
     */
    static List<PlanParameter> fallback(PlanRequest request, SourceProfile source) {
        List<SchemaVolume> chosen = chosen(request, source);
        String db = source.databaseName() == null ? "target" : source.databaseName().toLowerCase(Locale.ROOT);
        List<PlanParameter> lines = new ArrayList<>();
        mode(lines, request, String.join(",", chosen.stream().map(SchemaVolume::schema).toList()),
                Sources.UTIL_112_EXPORT);
        lines.add(p("DIRECTORY", request.directory(), "note.directory", List.of(), Sources.UTIL_112_EXPORT));
        lines.add(p("DUMPFILE", db + "_fallback_%U.dmp", "note.dumpfile", List.of(), Sources.UTIL_112_EXPORT));
        lines.add(p("FILESIZE", request.fileSizeGigabytes() + "G", "note.filesize.fallback", List.of(),
                Sources.UTIL_112_EXPORT));
        lines.add(p("LOGFILE", "expdp_" + db + "_fallback.log", "note.logfile", List.of(), Sources.UTIL_112_EXPORT));
        lines.add(p("VERSION", "10.2", "note.version.fallback", List.of(), Sources.UTIL_112_COMPAT));
        lines.add(p("EXCLUDE", "STATISTICS", "note.exclude.statistics", List.of(), Sources.UTIL_112_EXPORT));
        return lines;
    }

    static String fallbackParfile(PlanRequest request, SourceProfile source, Instant created) {
        return parfile("expdp (fallback, run on 11.2)", header(source, created), fallback(request, source));
    }

    private static void mode(List<PlanParameter> lines, PlanRequest request, String schemas, String source) {
        if (request.full()) {
            lines.add(p("FULL", "Y", "note.full", List.of(), source));
        } else {
            lines.add(p("SCHEMAS", schemas, "note.schemas", List.of(), source));
        }
    }

    private static PlanParameter parallelParameter(SourceProfile source, int parallel, String document) {
        return source.enterpriseEdition()
                ? p("PARALLEL", Integer.toString(parallel), "note.parallel.ee",
                        List.of(Integer.toString(source.cpuCount())), document)
                : p("PARALLEL", "1", "note.parallel.se", List.of(), document);
    }

    static long exportSeconds(long dataBytes, Figures figures) {
        return seconds(dataBytes, figures.dataPumpMbps());
    }

    static Estimate estimate(long data, long index, boolean network, Figures f) {
        double t = f.dataPumpMbps();
        String tText = number(t) + " MB/s" + (f.measured() ? " (measured)" : " (assumed)");
        if (network) {
            double link = Math.min(t, f.linkMbps());
            long imports = seconds(data, link) + seconds(index, t);
            String formula = "import over NETWORK_LINK = data / min(T, link) + indexes / T = " + mb(data) + " / min("
                    + tText + ", " + number(f.linkMbps()) + " MB/s) + " + mb(index) + " / " + number(t) + " MB/s = "
                    + imports + " s";
            return new Estimate(data, index, t, f.measured(), 0, 0, imports, formula);
        }
        long exports = seconds(data, t);
        long transfer = seconds(data, f.copyMbps());
        long imports = seconds(data + index, t);
        String formula = "export = data / T = " + mb(data) + " / " + tText + " = " + exports + " s; copy = data / C = "
                + mb(data) + " / " + number(f.copyMbps()) + " MB/s = " + transfer + " s; import = (data + indexes) / T = ("
                + mb(data) + " + " + mb(index) + ") / " + number(t) + " MB/s = " + imports + " s";
        return new Estimate(data, index, t, f.measured(), exports, transfer, imports, formula);
    }

    static long seconds(long bytes, double megabytesPerSecond) {
        return (long) Math.ceil(bytes / MB / megabytesPerSecond);
    }

    static String mb(long bytes) {
        return number(Math.ceil(bytes / MB)) + " MB";
    }

    static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private static List<Map.Entry<String, String>> sorted(Map<String, String> map) {
        return map.entrySet().stream().sorted(Map.Entry.comparingByKey()).collect(Collectors.toList());
    }

    private static PlanParameter p(String name, String value, String key, List<String> args, String source) {
        return new PlanParameter(name, value, key, args, source);
    }

    private static String header(SourceProfile source, Instant created) {
        return "# Generated by HisOps " + created + " for " + source.databaseName() + " (" + source.version() + ", "
                + source.platform() + ")" + (source.emulated() ? " - read from the EMULATED Oracle, not a real server" : "")
                + "\n";
    }

    private static String versionNote() {
        return "# VERSION is not set: the 11.2 target imports a 10.2 dump as it is. VERSION matters only when the\n"
                + "# importing database is older than the exporting one (see the fallback export, VERSION=10.2).\n";
    }

    static String parfile(String tool, String header, List<PlanParameter> lines) {
        StringBuilder out = new StringBuilder("# ").append(tool).append(" parameter file\n").append(header);
        for (PlanParameter line : lines) {
            out.append("\n# ").append(Texts.get(Locale.ENGLISH, line.noteKey(), line.noteArguments()).replace("\n", "\n# "))
                    .append("\n# Source: ").append(line.source()).append('\n')
                    .append(line.name()).append('=').append(line.value()).append('\n');
        }
        return out.toString();
    }
}
