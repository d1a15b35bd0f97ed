package ganexplorer.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How a batch is cut into shards; that the networks compute the same on them is ThreadedConvolutionTest's. */
class SampleParallelismTest {
    @AfterEach
    void singleThreadAgain() {
        SampleParallelism.setThreads(1);
    }

    @Test
    void shouldRethrowAFailureInAnyShard() {
        SampleParallelism.setThreads(2);
        assertThatThrownBy(() -> SampleParallelism.forEachShard(4, (shard, from, to) -> {
            if (shard == 1) {
                throw new IllegalStateException("shard " + shard + " failed");
            }
        })).isInstanceOf(IllegalStateException.class).hasMessage("shard 1 failed");
    }

    @Test
    void shouldCoverEverySampleExactlyOnceInContiguousShards() {
        SampleParallelism.setThreads(3);
        int[] seen = new int[10];
        int[][] ranges = new int[3][];
        SampleParallelism.forEachShard(10, (shard, from, to) -> {
            ranges[shard] = new int[] {from, to};
            for (int i = from; i < to; i++) {
                synchronized (seen) {
                    seen[i]++;
                }
            }
        });
        assertThat(seen).containsOnly(1);
        assertThat(ranges).isDeepEqualTo(new int[][] {{0, 3}, {3, 6}, {6, 10}});
    }

    @Test
    void shouldNotCutABatchIntoMoreShardsThanSamples() {
        SampleParallelism.setThreads(4);
        assertThat(SampleParallelism.shards(2)).isEqualTo(2);
        assertThat(SampleParallelism.shards(0)).isEqualTo(1);
    }

    @Test
    void shouldRefuseAnAbsurdThreadCount() {
        assertThatThrownBy(() -> SampleParallelism.setThreads(0)).hasMessageContaining("between 1 and 256");
    }
}
