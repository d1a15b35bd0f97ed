package ganexplorer.ui;

import java.util.Locale;

/** The languages the window speaks; each has complete bundles (ui, presets, lessons). */
public enum Language {
    EN(Locale.ROOT, "en", "English"), ZH_CN(Locale.SIMPLIFIED_CHINESE, "zh_CN", "中文");

    private final Locale locale;
    private final String tag;
    private final String nativeName;

    Language(Locale locale, String tag, String nativeName) {
        this.locale = locale;
        this.tag = tag;
        this.nativeName = nativeName;
    }

    /** The language's name in itself, as the View → Language menu lists it in either language. */
    public String nativeName() {
        return nativeName;
    }

    /** The bundles' locale: ROOT for English, whose bundles carry no suffix. */
    public Locale locale() {
        return locale;
    }

    /** How settings and -Dganexplorer.language name it: "en", "zh_CN". */
    public String tag() {
        return tag;
    }

    /** "en", "zh_CN", "zh-CN", "zh" (any case); null for anything else. */
    public static Language parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim().replace('-', '_').toLowerCase(Locale.ROOT);
        if (t.equals("en") || t.startsWith("en_")) {
            return EN;
        }
        if (t.equals("zh") || t.startsWith("zh_")) {
            return ZH_CN;
        }
        return null;
    }

    /** The language of a system locale: Chinese for any zh locale, else English. */
    public static Language of(Locale system) {
        return system.getLanguage().equals("zh") ? ZH_CN : EN;
    }
}
