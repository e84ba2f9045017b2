package de.lokalwillkommen.guidance;

import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Markdown to HTML on the server, then through an allow-list: the result may go into a page as it is.
 * CommonMark already escapes raw HTML and drops unsafe link schemes; the sanitiser is the guarantee,
 * whatever a future renderer option lets through (docs/decisions/0009).
 */
final class GuideMarkdown {

    /** Links: the web, mail, phone, and paths inside the app. No javascript:, data:, vbscript: or others. */
    private static final Pattern SAFE_URL = Pattern.compile(
            "(?i)^(?:https?://|mailto:|tel:|/(?!/)|#|(?![a-z][a-z0-9+.-]*:)[a-z0-9._~?#=&%-][a-z0-9._~/?#=&%-]*$).*");

    static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "h2", "h3", "h4", "ul", "ol", "li", "strong", "em", "b", "i",
                    "blockquote", "code", "pre", "a", "table", "thead", "tbody", "tr", "th", "td")
            .allowUrlProtocols("http", "https", "mailto", "tel")
            .allowAttributes("href").matching(SAFE_URL).onElements("a")
            .allowAttributes("start").matching(Pattern.compile("\\d{1,4}")).onElements("ol")
            .requireRelsOnLinks("noopener", "noreferrer")
            .toFactory();

    private static final Parser PARSER = Parser.builder().build();
    /** Raw HTML is shown as text; URLs are left to the allow-list (CommonMark's own would drop tel: links). */
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).build();

    private GuideMarkdown() {
    }

    /** Safe HTML for the body of an article; headings start at level 2 (the title is the page's h1). */
    static String toHtml(String markdown) {
        Node document = PARSER.parse(markdown);
        String html = HTML.render(document).replace("<h1>", "<h2>").replace("</h1>", "</h2>");
        return sanitise(html);
    }

    static String sanitise(String html) {
        return POLICY.sanitize(html);
    }

    /** The words of the body without markup, for search and for reading aloud. */
    static String toPlainText(String markdown) {
        StringBuilder text = new StringBuilder();
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Text node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(Code node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak node) {
                text.append(' ');
            }

            @Override
            public void visit(HardLineBreak node) {
                text.append('\n');
            }

            @Override
            public void visit(Paragraph node) {
                visitChildren(node);
                text.append('\n');
            }

            @Override
            public void visit(Heading node) {
                visitChildren(node);
                text.append('\n');
            }

            @Override
            public void visit(ListItem node) {
                visitChildren(node);
                text.append('\n');
            }
        });
        return text.toString().replaceAll("\n{3,}", "\n\n").strip();
    }
}
