package de.lokalwillkommen.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The app's style sheet grows by blocks that features append; one unclosed rule makes the browser swallow every
 * rule after it (a merge once lost three closing braces, and the consent link lost its underline with them).
 */
class AppStyleSheetTest {

    @Test
    void everyRuleOfTheAppStyleSheetIsClosedBeforeTheNextBegins() throws Exception {
        String css = Files.readString(Path.of("src/main/resources/META-INF/resources/styles/lokal-willkommen.css"))
                .replaceAll("(?s)/\\*.*?\\*/", "");
        int depth = 0;
        int line = 1;
        for (char c : css.toCharArray()) {
            if (c == '\n') {
                line++;
            } else if (c == '{') {
                depth++;
                // Only @media/@supports blocks hold rules; nothing in this sheet nests deeper than one of them.
                assertThat(depth).as("rule opened inside another rule at line %d (of the sheet without comments)", line)
                        .isLessThanOrEqualTo(2);
            } else if (c == '}') {
                depth--;
                assertThat(depth).as("closing brace without a rule at line %d", line).isNotNegative();
            }
        }
        assertThat(depth).as("rules left open at the end").isZero();
    }
}
