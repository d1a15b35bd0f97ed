package ganexplorer.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class BackgroundPriorityTest {
    /** The nice value of the calling thread, from /proc (field 19 of stat), or null off Linux. */
    private static Integer niceOfCurrentThread() throws Exception {
        Path stat = Path.of("/proc/thread-self/stat");
        if (!Files.exists(stat)) {
            return null;
        }
        String s = Files.readString(stat);
        String[] fields = s.substring(s.lastIndexOf(')') + 2).split(" ");
        return Integer.parseInt(fields[19 - 3]);
    }

    @Test
    void shouldLowerOnlyTheCallingThread() throws Exception {
        Integer before = niceOfCurrentThread();
        AtomicReference<Object[]> seen = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                boolean lowered = BackgroundPriority.lowerCurrentThread();
                seen.set(new Object[] {lowered, niceOfCurrentThread()});
            } catch (Exception e) {
                seen.set(new Object[] {e});
            }
        });
        t.start();
        t.join(10_000);
        Object[] result = seen.get();
        assertThat(result).hasSize(2);
        if (before == null) { // not Linux: nothing to lower, and it says so
            assertThat(result[0]).isEqualTo(false);
            return;
        }
        assertThat(result[0]).isEqualTo(true);
        assertThat(result[1]).isEqualTo(BackgroundPriority.NICE);
        assertThat(niceOfCurrentThread()).isEqualTo(before); // the test's own thread is untouched
    }
}
