package ganexplorer.train;

import ganexplorer.model.SampleParallelism;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * What produced a run: the app's version and git commit, the training threads and the BLAS library. Numbers differ
 * between thread counts and BLAS builds, so a checkpoint or summary says which ones made it. Any part that cannot be
 * known is "unknown"; checkpoints written before this record existed read it as null.
 */
public record Provenance(String appVersion, String gitCommit, int threads, String blas) {
    /** Written at build time by the pom (antrun), beside the classes. */
    static final String BUILD_RESOURCE = "/ganexplorer/build.properties";
    private static final String UNKNOWN = "unknown";

    /** This process, now: the thread count is the one training runs with (SampleParallelism's). */
    public static Provenance current() {
        Properties build = buildProperties();
        String manifestVersion = Provenance.class.getPackage().getImplementationVersion();
        String version = manifestVersion != null ? manifestVersion : build.getProperty("version", UNKNOWN);
        return new Provenance(known(version), known(build.getProperty("commit", UNKNOWN)), SampleParallelism.threads(),
                loadedBlas());
    }

    private static String loadedBlas() {
        try {
            return NativeThreads.blasDescription();
        } catch (RuntimeException | LinkageError e) {
            return UNKNOWN; // ND4J's native loader did not come up; the provenance must not fail a save
        }
    }

    private static Properties buildProperties() {
        Properties p = new Properties();
        try (InputStream in = Provenance.class.getResourceAsStream(BUILD_RESOURCE)) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // a missing or unreadable build resource only makes the version unknown
        }
        return p;
    }

    private static String known(String value) {
        return value == null || value.isBlank() || value.startsWith("${") ? UNKNOWN : value.trim();
    }
}
