package ganexplorer.ui;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Which language the window can show, and in which font: Chinese needs a font with CJK glyphs, else every character
 * is a box ("tofu"). Given the language asked for and the font families the system has, the language shown, the
 * family to draw it in (null: the platform's default) and, when Chinese had to give way to English, the notice that
 * says why. No FX: the caller passes {@code javafx.scene.text.Font.getFamilies()}.
 */
public record LanguageChoice(Language language, String fontFamily, String notice) {
    /** Families known to cover Simplified Chinese, best first; any other family named "CJK" comes after them. */
    static final List<String> CJK_FAMILIES = List.of("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC",
            "Source Han Sans CN", "Noto Sans CJK", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "Droid Sans Fallback",
            "AR PL UMing CN", "Microsoft YaHei", "SimHei", "PingFang SC", "Heiti SC");

    public static LanguageChoice of(Language requested, Collection<String> families) {
        if (requested != Language.ZH_CN) {
            return new LanguageChoice(Language.EN, null, null);
        }
        String family = cjkFamily(families);
        if (family == null) {
            // in English: the window falls back to it, and without the font Chinese would be boxes
            return new LanguageChoice(Language.EN, null, Texts.in(Language.EN, "language.noFont"));
        }
        return new LanguageChoice(Language.ZH_CN, family, null);
    }

    /** The best CJK family among {@code families}, or null. */
    static String cjkFamily(Collection<String> families) {
        for (String known : CJK_FAMILIES) {
            for (String f : families) {
                if (f.equalsIgnoreCase(known)) {
                    return f;
                }
            }
        }
        for (String f : families) {
            String l = f.toLowerCase(Locale.ROOT);
            if (l.contains("cjk") && (l.contains("sc") || l.contains("sans"))) {
                return f;
            }
        }
        return families.stream().filter(f -> f.toLowerCase(Locale.ROOT).contains("cjk")).findFirst().orElse(null);
    }
}
