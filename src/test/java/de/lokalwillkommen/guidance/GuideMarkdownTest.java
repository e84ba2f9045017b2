package de.lokalwillkommen.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** What staff type into an article can never run code, restyle or frame anything in a reader's browser. */
class GuideMarkdownTest {

    @Test
    void rendersTheMarkdownArticlesUse() {
        String html = GuideMarkdown.toHtml("""
                # Anmelden

                Gehen Sie **innerhalb von zwei Wochen** zum *Bürgerdienst*.

                - Pass
                - Wohnungsgeberbestätigung

                [Ihr Büro finden](offices) · [Termin](/book) · [Stadt](https://www.dortmund.de) · [Anrufen](tel:112)
                """);
        assertThat(html).contains("<h2>Anmelden</h2>", "<strong>innerhalb von zwei Wochen</strong>",
                "<em>Bürgerdienst</em>", "<li>Pass</li>", "href=\"offices\"", "href=\"/book\"",
                "href=\"https://www.dortmund.de\"", "href=\"tel:112\"", "rel=\"noopener noreferrer\"");
        assertThat(html).doesNotContain("<h1>");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
            "<img src=x onerror=alert(1)>",
            "<body onload=alert(1)>",
            "<a href=\"#\" onclick=\"alert(1)\">klick</a>",
            "<div onmouseover=\"alert(1)\">hover</div>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<object data=\"x.swf\"></object><embed src=\"x.swf\">",
            "<style>body{display:none}</style>",
            "<p style=\"background:url(javascript:alert(1))\">x</p>",
            "<svg onload=alert(1)><script>alert(1)</script></svg>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "<form action=\"https://evil.example\"><input name=p></form>",
            "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
            "<link rel=stylesheet href=\"https://evil.example/x.css\">",
            "<base href=\"https://evil.example/\">",
    })
    void rawHtmlInTheMarkdownNeverBecomesMarkup(String attack) {
        String html = GuideMarkdown.toHtml("Text davor\n\n" + attack + "\n\nText danach");
        assertSafe(html);
        assertThat(html).contains("Text danach");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "[klick](javascript:alert(1))",
            "[klick](JaVaScRiPt:alert(1))",
            "[klick](java\tscript:alert(1))",
            "[klick](&#106;avascript:alert(1))",
            "[klick](vbscript:msgbox(1))",
            "[klick](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "[klick](data:image/svg+xml,<svg onload=alert(1)>)",
            "![bild](javascript:alert(1))",
            "![bild](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
            "<javascript:alert(1)>",
            "[klick](//evil.example/x)",
    })
    void linksAndImagesCannotCarryScriptOrDataUrls(String attack) {
        String html = GuideMarkdown.toHtml(attack);
        assertSafe(html);
        assertThat(html.toLowerCase()).doesNotContain("<img").doesNotContainPattern("href=\"(?!#)[^\"]*(script|data:|//evil)");
    }

    @Test
    void theSanitiserAloneStopsWhatARendererMightLetThrough() {
        String html = GuideMarkdown.sanitise("<p>ok</p><script>alert(1)</script><a href=\"javascript:alert(1)\" "
                + "onclick=\"x()\">a</a><img src=\"data:image/png;base64,AAAA\"><svg><use href=\"#x\"/></svg>"
                + "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe><p style=\"color:red\">s</p>");
        assertSafe(html);
        assertThat(html).contains("<p>ok</p>", "<p>s</p>");
    }

    @Test
    void plainTextLeavesTheMarkupOut() {
        assertThat(GuideMarkdown.toPlainText("## Titel\n\nEin **fetter** [Link](offices).")).contains("Titel",
                "Ein fetter Link").doesNotContain("**", "](");
    }

    private static void assertSafe(String html) {
        String lower = html.toLowerCase();
        assertThat(lower).doesNotContain("<script", "<iframe", "<object", "<embed", "<style", "<svg", "<math",
                "<img", "<form", "<input", "<meta", "<link", "<base", "<body", "style=", "srcdoc");
        assertThat(lower).doesNotContainPattern("(href|src)=\"[^\"]*(script|data):");
        assertThat(lower).doesNotContainPattern("<[^>]*\\son[a-z]+\\s*=");
    }
}
