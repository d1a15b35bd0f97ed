package ganexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Which language and font the window takes, from what was asked and the fonts the system has. */
class LanguageChoiceTest {
    @AfterEach
    void english() {
        Texts.setLanguage(Language.EN);
        System.clearProperty("ganexplorer.language");
    }

    @Test
    void englishNeedsNoFont() {
        LanguageChoice c = LanguageChoice.of(Language.EN, List.of("DejaVu Sans"));
        assertThat(c).isEqualTo(new LanguageChoice(Language.EN, null, null));
    }

    @Test
    void chineseTakesTheBestCjkFamilyTheSystemHas() {
        assertThat(LanguageChoice.of(Language.ZH_CN, List.of("DejaVu Sans", "Noto Sans CJK JP", "Noto Sans CJK SC")))
                .isEqualTo(new LanguageChoice(Language.ZH_CN, "Noto Sans CJK SC", null));
        assertThat(LanguageChoice.of(Language.ZH_CN, List.of("DejaVu Sans", "WenQuanYi Zen Hei")).fontFamily())
                .isEqualTo("WenQuanYi Zen Hei");
        // an unlisted family that says CJK still has the glyphs
        assertThat(LanguageChoice.of(Language.ZH_CN, List.of("Serif", "Noto Serif CJK KR")).language())
                .isEqualTo(Language.ZH_CN);
    }

    @Test
    void withoutACjkFontChineseGivesWayToEnglishAndSaysWhy() {
        LanguageChoice c = LanguageChoice.of(Language.ZH_CN, List.of("DejaVu Sans", "DejaVu Serif", "Liberation Mono"));
        assertThat(c.language()).isEqualTo(Language.EN);
        assertThat(c.fontFamily()).isNull();
        assertThat(c.notice()).contains("fonts-noto-cjk").contains("English").doesNotContainPattern("\\p{IsHan}");
    }

    @Test
    void theLanguageFollowsTheSystemLocaleAndTheUsersChoice() {
        assertThat(Language.of(Locale.SIMPLIFIED_CHINESE)).isEqualTo(Language.ZH_CN);
        assertThat(Language.of(Locale.TRADITIONAL_CHINESE)).isEqualTo(Language.ZH_CN);
        assertThat(Language.of(Locale.GERMANY)).isEqualTo(Language.EN);
        assertThat(Language.of(Locale.US)).isEqualTo(Language.EN);
        assertThat(Language.parse("zh-CN")).isEqualTo(Language.ZH_CN);
        assertThat(Language.parse("en")).isEqualTo(Language.EN);
        assertThat(Language.parse("fr")).isNull();

        SettingsStore store = new SettingsStore("ganexplorer-test-language");
        store.clear();
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertThat(store.language()).as("nothing chosen: the system's").isEqualTo(Language.ZH_CN);
            store.saveLanguage(Language.EN);
            assertThat(new SettingsStore("ganexplorer-test-language").language()).as("the user's choice, remembered")
                    .isEqualTo(Language.EN);
            System.setProperty("ganexplorer.language", "zh_CN");
            assertThat(store.language()).as("-Dganexplorer.language wins").isEqualTo(Language.ZH_CN);
        } finally {
            Locale.setDefault(before);
            store.clear();
        }
    }

    @Test
    void englishNeverFallsBackToTheSystemsChinese() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE); // the default Control would load ui_zh_CN for Locale.ROOT
            Texts.setLanguage(Language.EN);
            assertThat(Texts.get("menu.file")).isEqualTo("File");
            Texts.setLanguage(Language.ZH_CN);
            assertThat(Texts.get("menu.file")).isEqualTo("文件");
        } finally {
            Locale.setDefault(before);
        }
    }
}
