package ganexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The style sheet parses as flat rules: JavaFX drops every rule after an unclosed one without a word (two merges once
 * lost closing braces, and presenter mode's 20 px type silently stopped applying).
 */
class AppCssTest {
    @Test
    void everyRuleShouldCloseBeforeTheNextOneOpens() throws Exception {
        String css;
        try (InputStream in = getClass().getResourceAsStream("/ganexplorer/app.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
        }
        int depth = 0;
        int line = 1;
        for (char c : css.toCharArray()) {
            line += c == '\n' ? 1 : 0;
            if (c == '{') {
                assertThat(depth).as("a rule opens inside another near line " + line).isZero();
                depth++;
            } else if (c == '}') {
                assertThat(depth).as("a brace closes no rule near line " + line).isOne();
                depth--;
            }
        }
        assertThat(depth).as("the last rule is closed").isZero();
    }
}
