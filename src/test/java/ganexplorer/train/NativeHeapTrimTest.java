package ganexplorer.train;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NativeHeapTrimTest {
    /** The project's JDK (17.0.15 on Debian 12, README) offers the command; its report names what it freed. */
    @Test
    void theJvmShouldTrimTheCHeapOnRequestAndOneThreadShouldDoItPeriodically() {
        assertThat(NativeHeapTrim.available()).as("System.trim_native_heap on " + Runtime.version()).isTrue();
        assertThat(NativeHeapTrim.trimNow()).startsWith("Trim native heap: RSS+Swap:");

        NativeHeapTrim.startOnce();
        NativeHeapTrim.startOnce();
        long trimmers = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("gan-native-trim")).peek(t -> assertThat(t.isDaemon()).isTrue()).count();
        assertThat(trimmers).isEqualTo(1);
    }
}
