package ganexplorer.train;

import ganexplorer.model.SampleParallelism;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * Sets how many threads training may use: they split the convolutions' per-sample work; everything else runs on the
 * calling thread. A fixed count keeps runs reproducible.
 */
public final class NativeThreads {
    private NativeThreads() {
    }

    /** Which OpenBLAS the process loaded, for benchmark reports. */
    public static String blasDescription() {
        return org.bytedeco.javacpp.Loader.getLoadedLibraries().entrySet().stream()
                .filter(e -> e.getKey().startsWith("openblas") && e.getValue() != null)
                .map(e -> e.getValue().contains("openblas-pthread") || e.getValue().contains("openblas-openmp")
                        ? "system OpenBLAS (" + e.getValue() + ")" : "OpenBLAS bundled with ND4J")
                .findFirst().orElse("unknown");
    }

    public static void configure(int threads) {
        SampleParallelism.setThreads(threads); // first: it refuses a bad count before anything changes
        // ND4J's OpenMP pool and OpenBLAS's own threads stay at one: on two cores either pool, set to two, contended
        // with the other work and made every model here slower (DCGAN with 2 threads: 3.3 steps/s with either pool
        // at two, 4.6 with both at one; the toy MLP likewise, DESIGN.md). The extra threads go to the convolutions,
        // whose samples split evenly.
        nd4jPools(1);
    }

    /** For DL4J's own networks (the metric classifier): ND4J's OpenMP pool and OpenBLAS get the threads. */
    public static void configureNd4jPools(int threads) {
        if (threads < 1 || threads > 256) {
            throw new IllegalArgumentException("threads must be between 1 and 256, got " + threads);
        }
        nd4jPools(threads);
    }

    private static void nd4jPools(int threads) {
        Nd4j.getEnvironment().setMaxThreads(threads);
        Nd4j.getEnvironment().setMaxMasterThreads(threads);
        NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(threads);
        Nd4j.factory().blas().setMaxThreads(threads);
    }
}
