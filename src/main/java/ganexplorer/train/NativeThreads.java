package ganexplorer.train;

import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * Sets how many native threads ND4J's ops and BLAS may use. On small models one thread is fastest (thread pools
 * contend on two cores, DESIGN.md), and a fixed count keeps runs reproducible.
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
        if (threads < 1 || threads > 256) {
            throw new IllegalArgumentException("threads must be between 1 and 256, got " + threads);
        }
        Nd4j.getEnvironment().setMaxThreads(threads);
        Nd4j.getEnvironment().setMaxMasterThreads(threads);
        NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(threads);
        Nd4j.factory().blas().setMaxThreads(threads);
    }
}
