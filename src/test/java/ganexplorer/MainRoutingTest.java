package ganexplorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `gan-explorer FILE.ganx` (a double-click) opens the app on the file; everything else stays the CLI's. */
class MainRoutingTest {
    @Test
    void oneExistingExperimentOrLessonFileShouldOpenTheAppAndAnythingElseTheCli(@TempDir Path dir) throws Exception {
        Path ganx = Files.writeString(dir.resolve("lesson.ganx"), "{}");
        Path json = Files.writeString(dir.resolve("Ring.JSON"), "{}");
        assertThat(Main.opensInTheApp(new String[] {ganx.toString()})).isTrue();
        assertThat(Main.opensInTheApp(new String[] {json.toString()})).isTrue();
        assertThat(Main.opensInTheApp(new String[] {dir.resolve("missing.ganx").toString()})).isFalse();
        assertThat(Main.opensInTheApp(new String[] {"presets"})).isFalse();
        assertThat(Main.opensInTheApp(new String[] {"train", ganx.toString()})).isFalse();
        assertThat(Main.opensInTheApp(new String[] {dir.toString()})).isFalse();
    }
}
