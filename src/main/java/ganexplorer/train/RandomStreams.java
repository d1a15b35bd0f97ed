package ganexplorer.train;

import java.util.SplittableRandom;

/**
 * Counter-based random streams: every draw is keyed by (seed, purpose, counter), so a run resumed from a checkpoint
 * continues exactly as an uninterrupted one would, and results do not depend on thread count or timing.
 */
final class RandomStreams {
    static final long INIT_GENERATOR = 1;
    static final long INIT_CRITIC = 2;
    static final long CRITIC_UPDATE = 3;
    static final long GENERATOR_UPDATE = 4;
    static final long EVALUATION = 5;

    private RandomStreams() {
    }

    static SplittableRandom stream(long seed, long purpose, long counter) {
        return new SplittableRandom(mix(mix(seed) ^ mix(purpose * 0x9E3779B97F4A7C15L + counter)));
    }

    /** SplitMix64's finaliser. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
