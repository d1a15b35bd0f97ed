package ganexplorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/DESIGN.md is part of the repository and its layout names only what is there. */
class DesignDocumentTest {
    static final Path DESIGN = Path.of("docs/DESIGN.md");
    /** Layout lines indented this far continue the description of the line above. */
    private static final int DESCRIPTION_COLUMN = 19;

    @Test
    void readmeShouldPointAtTheDesignInTheRepository() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        assertThat(DESIGN).isRegularFile();
        assertThat(readme).contains("docs/DESIGN.md").doesNotContain("../shared/DESIGN.md");
    }

    @Test
    void designShouldKeepTheDataFlowsSectionForTheLearningRateAndTheExactW1() throws IOException {
        String design = Files.readString(DESIGN);
        assertThat(design).contains("\n## Data flows (one way each)\n");
        String section = design.substring(design.indexOf("## Data flows (one way each)"));
        assertThat(section.substring(0, section.indexOf("\n## ", 3))).contains("learning rate").contains("exact W1");
    }

    @Test
    void designShouldNotClaimWhatTheCodeHasOutgrown() throws IOException {
        String design = Files.readString(DESIGN);
        assertThat(design).doesNotContain("let SameDiff differentiate").doesNotContain("jpackage/")
                .doesNotContain("yield batches as INDArray").doesNotContain("eval / bench / export")
                .contains("model/PenaltyBackprop").contains("model/LayeredPenalty");
    }

    @Test
    void everyPathInTheLayoutShouldExist() throws IOException {
        List<String> lines = Files.readAllLines(DESIGN);
        int start = lines.indexOf("## Layout");
        assertThat(start).isNotNegative();
        int open = lines.subList(start, lines.size()).indexOf("```") + start;
        int close = lines.subList(open + 1, lines.size()).indexOf("```") + open + 1;
        List<String> named = new ArrayList<>();
        Deque<String[]> parents = new ArrayDeque<>(); // {indent, path}
        for (String line : lines.subList(open + 1, close)) {
            int indent = line.length() - line.stripLeading().length();
            if (line.isBlank() || indent >= DESCRIPTION_COLUMN) {
                continue;
            }
            String name = line.strip().split("\\s+")[0].replace("...", "");
            while (!parents.isEmpty() && Integer.parseInt(parents.peek()[0]) >= indent) {
                parents.pop();
            }
            String path = (parents.isEmpty() ? "" : parents.peek()[1]) + (name.equals("Main") ? "Main.java" : name);
            named.add(path);
            if (name.endsWith("/")) {
                parents.push(new String[] {Integer.toString(indent), path});
            }
        }
        assertThat(named).contains("assets/digits/", "assets/metric-net/", "src/main/java/ganexplorer/metrics/image/",
                "src/main/java/ganexplorer/Main.java");
        for (String path : named) {
            assertThat(Path.of(path)).as("named in the layout of docs/DESIGN.md").exists();
        }
    }
}
