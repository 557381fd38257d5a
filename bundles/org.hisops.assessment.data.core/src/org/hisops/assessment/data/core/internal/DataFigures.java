package org.hisops.assessment.data.core.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.hisops.assessment.data.api.Growth;
import org.hisops.assessment.data.api.LobVolume;
import org.hisops.assessment.data.api.PartitionedTable;
import org.hisops.assessment.data.api.TableStatistics;
import org.hisops.assessment.data.api.TableVolume;

/** What an engine's reader found, before growth, the estimate and saving are added. */
final class DataFigures {
    Instant clock;
    final List<TableVolume> tables = new ArrayList<>();
    final List<LobVolume> lobs = new ArrayList<>();
    final List<PartitionedTable> partitioned = new ArrayList<>();
    final List<TableStatistics> statistics = new ArrayList<>();
    /** AWR growth per table, when read. */
    final List<Growth> awrGrowth = new ArrayList<>();
    boolean awrRead;
    final List<String> notes = new ArrayList<>();
}
