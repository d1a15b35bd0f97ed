package ganexplorer.ui;

import ganexplorer.train.Preset;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every sentence the window shows, from the resource bundles {@code ganexplorer/i18n/ui} (and its {@code _zh_CN}),
 * in the current {@link Language} (after QuPath's QuPathResources). The bundles never fall back to the JVM's default
 * locale: English is the base bundle, so a missing Chinese key shows English, never another language. The window
 * sets the language before it builds its views; the views read their texts as they build and as they update.
 * FX-free, so the readout and model classes that compose sentences stay unit-testable.
 */
public final class Texts {
    static final String UI = "ganexplorer.i18n.ui";
    static final String PRESETS = "ganexplorer.i18n.presets";
    /**
     * Properties only, and no fallback to Locale.getDefault(): with the default Control, English (Locale.ROOT finds
     * only the base bundle) on a Chinese system would fall back to the default locale and load ui_zh_CN.
     */
    private static final ResourceBundle.Control CONTROL =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static volatile Language language = Language.EN;
    private static volatile String fontFamily;

    private Texts() {
    }

    public static Language language() {
        return language;
    }

    /** Sets the language the views read from now on (the window rebuilds its content after a switch). */
    public static void setLanguage(Language l) {
        language = l;
    }

    /** The font family chosen for the language (a CJK family for Chinese), or null for the platform's default. */
    public static String fontFamily() {
        return fontFamily;
    }

    /** The language and font a {@link LanguageChoice} decided on. */
    static void apply(LanguageChoice c) {
        language = c.language();
        fontFamily = c.fontFamily();
    }


    static ResourceBundle bundle(String name, Language l) {
        return ResourceBundle.getBundle(name, l.locale(), Texts.class.getClassLoader(), CONTROL);
    }

    /** The text of {@code key}; a missing key shows as itself (BundleCoverageTest keeps that from shipping). */
    public static String get(String key) {
        try {
            return bundle(UI, language).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** The text of {@code key} in {@code l}, whatever the current language. */
    public static String in(Language l, String key) {
        return bundle(UI, l).getString(key);
    }

    /** {@link String#format} on the text of {@code key} (Locale.ROOT: numbers read 1,234.5 in both languages). */
    public static String format(String key, Object... args) {
        return String.format(Locale.ROOT, get(key), args);
    }

    /** "a, b and c" in the current language. */
    public static String list(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(get("list.separator"), items.subList(0, items.size() - 1)) + get("list.last")
                + items.get(items.size() - 1);
    }

    /** A preset's one-line summary in the current language (a teacher's own text as written). */
    public static String summary(Preset p) {
        return presetText("preset." + p.name() + ".summary", p.summary());
    }

    /** What a preset says to watch, in the current language. */
    public static String watch(Preset p) {
        return presetText("preset." + p.name() + ".watch", p.watch());
    }

    private static String presetText(String key, String asLoaded) {
        try {
            return bundle(PRESETS, language).getString(key);
        } catch (MissingResourceException e) {
            return asLoaded;
        }
    }
}
