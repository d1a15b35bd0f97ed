package ganexplorer.lesson;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A sentence of a lesson in the languages it is written in. In a file either a key into the {@code lessons} bundle
 * (the shipped lessons: {@code "lesson.dcgan-wgan.collapse"}) or, in a teacher's own file, the text itself, as a
 * string or as {@code {"en": "...", "zh_CN": "..."}}.
 */
public record Text(Map<String, String> byLanguage, String keyOrText) {
    private static final String BUNDLE = "ganexplorer.i18n.lessons";

    public Text {
        byLanguage = byLanguage == null ? Map.of() : Map.copyOf(byLanguage);
        if (byLanguage.isEmpty() && (keyOrText == null || keyOrText.isBlank())) {
            throw new IllegalArgumentException("a text is empty: give a bundle key, the text, or {\"en\": ..., \"zh_CN\": ...}");
        }
        for (String language : byLanguage.keySet()) {
            if (!language.equals("en") && !language.equals("zh_CN")) {
                throw new IllegalArgumentException("a text is in '" + language + "': lessons are written in en and zh_CN");
            }
        }
        if (!byLanguage.isEmpty() && !byLanguage.containsKey("en")) {
            throw new IllegalArgumentException("a text needs its English version (\"en\") to fall back on");
        }
    }

    /** From a file: a string (a key or the text) or an object of texts by language. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Text of(Object json) {
        if (json instanceof String s) {
            return new Text(null, s);
        }
        if (json instanceof Map<?, ?> m) {
            Map<String, String> texts = new LinkedHashMap<>();
            m.forEach((k, v) -> {
                if (!(v instanceof String)) {
                    throw new IllegalArgumentException("a text's \"" + k + "\" must be a string");
                }
                texts.put(String.valueOf(k), (String) v);
            });
            return new Text(texts, null);
        }
        throw new IllegalArgumentException("a text is a string or {\"en\": ..., \"zh_CN\": ...}, got " + json);
    }

    /** The text in {@code locale}'s language (Chinese for any zh locale), else English. */
    public String in(Locale locale) {
        boolean chinese = locale.getLanguage().equals("zh");
        if (!byLanguage.isEmpty()) {
            return chinese && byLanguage.containsKey("zh_CN") ? byLanguage.get("zh_CN") : byLanguage.get("en");
        }
        try {
            return ResourceBundle.getBundle(BUNDLE, chinese ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT).getString(keyOrText);
        } catch (MissingResourceException e) {
            return keyOrText; // a teacher's own file says it in its own words
        }
    }

    /** Whether this names a key of the shipped bundle (the shipped lessons must use only those). */
    public boolean isBundleKey() {
        try {
            ResourceBundle.getBundle(BUNDLE, Locale.ROOT).getString(keyOrText == null ? "" : keyOrText);
            return true;
        } catch (MissingResourceException e) {
            return false;
        }
    }

    @JsonValue
    Object json() {
        return byLanguage.isEmpty() ? keyOrText : byLanguage;
    }
}
