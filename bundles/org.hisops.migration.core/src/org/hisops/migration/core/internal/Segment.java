package org.hisops.migration.core.internal;

import java.util.List;

/**
 * A key range {@code lower <= key < upper}; a {@code null} bound is open, so the first and last segments also hold
 * rows that only the target has beyond the source's keys.
 */
record Segment(int no, List<Object> lower, List<Object> upper) {
}
