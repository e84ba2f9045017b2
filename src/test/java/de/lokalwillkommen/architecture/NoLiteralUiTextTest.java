package de.lokalwillkommen.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * As far as a source scan can tell, no view sets a user-visible text literally: every text must come
 * from the translation bundles. Technical strings (CSS classes, attributes, routes) are not matched.
 */
class NoLiteralUiTextTest {

    private static final Path SOURCES = Path.of("src/main/java");
    /** Text-taking setters and constructors of Vaadin components called with a literal containing a letter. */
    static final Pattern LITERAL_TEXT = Pattern.compile(
            "(\\.(setText|setTitle|setLabel|setPlaceholder|setHelperText|setHeader|setHeaderTitle|setErrorMessage"
                    + "|setTooltipText|setAriaLabel|show|add)\\(|new (Button|Span|H[1-6]|Paragraph|ListItem|Text|Label"
                    + "|NativeLabel|Details|Tab|TextField|TextArea|EmailField|Checkbox|SideNavItem|RouterLink|Notification)\\()"
                    + "\\s*\"[^\"]*\\p{L}[^\"]*\"");

    @Test
    void viewsTakeEveryVisibleTextFromTheBundles() throws IOException {
        List<String> offences = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = LITERAL_TEXT.matcher(lines.get(i));
                    if (m.find()) {
                        offences.add(file + ":" + (i + 1) + ": " + lines.get(i).trim());
                    }
                }
            }
        }
        assertThat(offences).isEmpty();
    }

    @Test
    void theScanRecognisesLiteralTexts() {
        assertThat(LITERAL_TEXT.matcher("add(new Button(\"Speichern\"));").find()).isTrue();
        assertThat(LITERAL_TEXT.matcher("title.setText(\"Willkommen\")").find()).isTrue();
        assertThat(LITERAL_TEXT.matcher("new H1(\"مرحبا\")").find()).isTrue();
        assertThat(LITERAL_TEXT.matcher("new Button(getTranslation(\"action.save\"))").find()).isFalse();
        assertThat(LITERAL_TEXT.matcher("addClassName(\"lw-card\")").find()).isFalse();
    }
}
