package ganexplorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every main package says what it is for, what it must not depend on, and where docs/DESIGN.md describes it. */
class PackageInfoTest {
    private static final Path SOURCES = Path.of("src/main/java/ganexplorer");
    private static final Pattern SECTIONS = Pattern.compile("Described in docs/DESIGN\\.md, sections? (.*?\")\\.");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");

    static List<Path> packages() throws IOException {
        try (Stream<Path> dirs = Files.walk(SOURCES)) {
            return dirs.filter(Files::isDirectory).filter(PackageInfoTest::holdsClasses).sorted().toList();
        }
    }

    private static boolean holdsClasses(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("packages")
    void shouldSayWhatItIsForWhatItMustNotDependOnAndWhereTheDesignDescribesIt(Path dir) throws IOException {
        Path info = dir.resolve("package-info.java");
        assertThat(info).as("package-info.java of " + dir).isRegularFile();
        String text = Files.readString(info);
        String relative = SOURCES.relativize(dir).toString().replace('/', '.');
        String name = relative.isEmpty() ? "ganexplorer" : "ganexplorer." + relative;
        assertThat(text).contains("package " + name + ";").contains("Must not depend on:");
        // one line of prose: the comment's line breaks and leading stars go
        Matcher described = SECTIONS.matcher(text.replaceAll("\\s*\\n\\s*\\*(?!/)\\s?", " "));
        assertThat(described.find()).as("a 'Described in docs/DESIGN.md, section \"...\"' sentence in " + info).isTrue();
        List<String> headings = Files.readAllLines(DesignDocumentTest.DESIGN).stream()
                .filter(l -> l.startsWith("## ")).map(l -> l.substring(3)).toList();
        Matcher quoted = QUOTED.matcher(described.group(1));
        int sections = 0;
        while (quoted.find()) {
            assertThat(headings).as("sections of docs/DESIGN.md named by " + info).contains(quoted.group(1));
            sections++;
        }
        assertThat(sections).isPositive();
    }
}
