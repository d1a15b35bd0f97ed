package ganexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ganexplorer.train.Preset;
import ganexplorer.train.Presets;
import ganexplorer.ui.controls.ModelSize;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The Chinese bundles are complete: every key of an English bundle has a zh_CN value, and that value is not the
 * English text left untranslated (names that read the same in both languages excepted, by the list below). Every key
 * the code asks for exists, and the format patterns of both languages take the same arguments.
 */
class BundleCoverageTest {
    /** Values that are the same in both languages: names and symbols, not sentences. Keep it short. */
    static final Set<String> SAME_IN_BOTH = Set.of("W1", "BCE", "Adam", "JS", "KL", "DCGAN", "MLP", "WGAN-GP");
    private static final Path SOURCES = Path.of("src/main/java/ganexplorer/ui");
    private static final Pattern USED = Pattern.compile("Texts\\.(?:get|format|in)\\((?:[^,()]+,\\s*)?\"([^\"]+)\"");
    private static final Pattern CONVERSION = Pattern.compile("%(?:\\d+\\$)?[-+ ,0(#]*\\d*(?:\\.\\d+)?([a-zA-Z%])");

    @AfterEach
    void english() {
        Texts.setLanguage(Language.EN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ui", "presets", "lessons"})
    void everyEnglishKeyHasItsOwnChineseText(String bundle) throws IOException {
        Properties en = load(bundle + ".properties");
        Properties zh = load(bundle + "_zh_CN.properties");
        assertThat(en).as(bundle + ".properties").isNotEmpty();
        List<String> missing = new ArrayList<>();
        List<String> untranslated = new ArrayList<>();
        List<String> patterns = new ArrayList<>();
        for (String key : new TreeSet<>(en.stringPropertyNames())) {
            String english = en.getProperty(key);
            String chinese = zh.getProperty(key);
            if (chinese == null) {
                missing.add(key);
                continue;
            }
            if (chinese.strip().equals(english.strip()) && !exempt(english)) {
                untranslated.add(key + " = " + english);
            }
            // only the ui bundle holds String.format patterns ("over 90% of" in a preset is plain text)
            if (bundle.equals("ui") && !conversions(english).equals(conversions(chinese))) {
                patterns.add(key + ": " + conversions(english) + " vs " + conversions(chinese));
            }
        }
        assertThat(missing).as("keys of %s.properties missing from %s_zh_CN.properties", bundle, bundle).isEmpty();
        assertThat(untranslated).as("zh_CN values identical to the English ones in " + bundle).isEmpty();
        assertThat(patterns).as("format arguments that differ between the languages in " + bundle).isEmpty();
        Set<String> extra = new TreeSet<>(zh.stringPropertyNames());
        extra.removeAll(en.stringPropertyNames());
        assertThat(extra).as("keys only in %s_zh_CN.properties (a typo, or English missing)", bundle).isEmpty();
    }

    @Test
    void everyKeyTheCodeUsesIsInTheEnglishBundle() throws IOException {
        Properties en = load("ui.properties");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = USED.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).as("keys found in the sources").hasSizeGreaterThan(150);
        assertThat(used.stream().filter(k -> !en.containsKey(k)).toList()).as("keys used in code, missing from ui.properties")
                .isEmpty();
        for (ModelSize m : ModelSize.values()) { // their keys sit in the enum's constructor, not in a Texts call
            assertThat(m.toString()).as(m.name()).doesNotStartWith("model.");
        }
    }

    @Test
    void theWindowShowsPresetsInTheChosenLanguage() {
        for (Preset p : Presets.all()) {
            Texts.setLanguage(Language.ZH_CN);
            String summary = Texts.summary(p);
            String watch = Texts.watch(p);
            Texts.setLanguage(Language.EN);
            assertThat(summary).as(p.name()).containsPattern("\\p{IsHan}").isNotEqualTo(Texts.summary(p));
            assertThat(watch).as(p.name()).containsPattern("\\p{IsHan}").isNotEqualTo(Texts.watch(p));
            assertThat(Texts.summary(p)).isEqualTo(p.summary()).doesNotContainPattern("\\p{IsHan}");
        }
    }

    @Test
    void theSentencesOfTheReadoutFollowTheLanguage() {
        Texts.setLanguage(Language.ZH_CN);
        assertThat(Texts.format("readout.aboveW1", 1.5)).contains("评论家").contains("1.50");
        assertThat(Texts.list(List.of("a", "b", "c"))).isEqualTo("a、b和c");
        Texts.setLanguage(Language.EN);
        assertThat(Texts.format("readout.aboveW1", 1.5)).startsWith("The critic's estimate is 1.50×");
        assertThat(Texts.list(List.of("a", "b", "c"))).isEqualTo("a, b and c");
    }

    private static boolean exempt(String value) {
        return SAME_IN_BOTH.contains(value.strip()) || !CONVERSION.matcher(value).replaceAll("").matches("(?s).*\\p{L}.*"); // numbers and formats only
    }

    /** The conversions a pattern takes, in argument order ("%2$d %1$s" takes s then d). */
    static List<String> conversions(String pattern) {
        List<String> byPosition = new ArrayList<>();
        Matcher m = CONVERSION.matcher(pattern);
        int next = 0;
        java.util.Map<Integer, String> at = new java.util.TreeMap<>();
        while (m.find()) {
            String c = m.group(1);
            if (c.equals("%") || c.equals("n")) {
                continue;
            }
            String whole = m.group();
            Matcher index = Pattern.compile("^%(\\d+)\\$").matcher(whole);
            int i = index.find() ? Integer.parseInt(index.group(1)) - 1 : next++;
            at.put(i, c);
        }
        byPosition.addAll(at.values());
        return byPosition;
    }

    static Properties load(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundleCoverageTest.class.getResourceAsStream("/ganexplorer/i18n/" + file)) {
            assertThat(in).as(file).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
