package ganexplorer.train;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * An append-only list of metric rows whose {@link #view()}s are immutable: a view sees exactly the rows that existed
 * when it was taken, without copying them. Snapshots carry a view, so a UI that skips snapshots loses no rows.
 */
public final class MetricHistory {
    private MetricRow[] rows = new MetricRow[256];
    private int size;

    public synchronized void append(MetricRow row) {
        if (size == rows.length) {
            rows = Arrays.copyOf(rows, size * 2); // old views keep the old array, whose prefix never changes
        }
        rows[size++] = row;
    }

    public synchronized List<MetricRow> view() {
        return new Prefix(rows, size);
    }

    public synchronized void clear() {
        rows = new MetricRow[256];
        size = 0;
    }

    private static final class Prefix extends AbstractList<MetricRow> implements RandomAccess {
        private final MetricRow[] rows;
        private final int size;

        Prefix(MetricRow[] rows, int size) {
            this.rows = rows;
            this.size = size;
        }

        @Override
        public MetricRow get(int index) {
            if (index < 0 || index >= size) {
                throw new IndexOutOfBoundsException(index);
            }
            return rows[index];
        }

        @Override
        public int size() {
            return size;
        }
    }
}
