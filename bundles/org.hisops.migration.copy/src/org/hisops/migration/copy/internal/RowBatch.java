package org.hisops.migration.copy.internal;

import java.util.Arrays;

/**
 * Rows in COPY text format, one after another, with where each starts: the unit of one committed COPY and of the
 * bisection that isolates the rows the target refuses. Bounded by rows and bytes, so the heap stays bounded whatever
 * the table's size.
 */
final class RowBatch {

    static final int MAX_BYTES = 8 << 20;

    private byte[] data = new byte[64 << 10];
    private int[] starts = new int[1024];
    private int rows;
    private int length;

    void add(byte[] row, int offset, int size) {
        ensure(size);
        System.arraycopy(row, offset, data, length, size);
        if (rows == starts.length) {
            starts = Arrays.copyOf(starts, rows * 2);
        }
        starts[rows++] = length;
        length += size;
    }

    private void ensure(int more) {
        if (length + more > data.length) {
            data = Arrays.copyOf(data, Math.max(data.length * 2, length + more));
        }
    }

    int rows() {
        return rows;
    }

    int bytes() {
        return length;
    }

    boolean full(int maxRows) {
        return rows >= maxRows || length >= MAX_BYTES;
    }

    byte[] data() {
        return data;
    }

    int start(int row) {
        return starts[row];
    }

    /** End of a row's bytes, its newline included. */
    int end(int row) {
        return row + 1 < rows ? starts[row + 1] : length;
    }
}
