package de.lokalwillkommen.base.security.ui;

import com.vaadin.flow.i18n.I18NProvider;
import de.lokalwillkommen.base.i18n.Language;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * The staff sign-in as plain HTML (docs/decisions/0030): a form that posts to Spring Security's form login, with
 * its CSRF token as a hidden field, in the visitor's language and direction. No Vaadin component is needed for two
 * fields and a button, so the login form's scripts stay out of the bundle every newcomer downloads.
 */
final class SignInPage {

    /** The public frame's colours and sizes, without Lumo: the page must not wait for a stylesheet. */
    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1a1a1a;background:#fff;\
            line-height:1.5;font-size:1rem}
            header{background:#0b5c8c;padding:.75rem 1rem}header a{color:#fff;font-weight:600;text-decoration:none;font-size:1.1rem}
            main{max-width:22rem;margin:0 auto;padding:1.5rem 1rem}h1{font-size:1.5rem;line-height:1.25;margin:0 0 1rem}
            label{display:block;font-weight:600;margin:1rem 0 .3rem}
            input{box-sizing:border-box;width:100%;font:inherit;padding:.6rem .7rem;border:1px solid #6b6b6b;border-radius:.4rem}
            input:focus,button:focus,a:focus{outline:3px solid #0b5c8c;outline-offset:2px}
            button{margin-top:1.5rem;width:100%;font:inherit;font-weight:600;padding:.7rem;border:0;border-radius:.4rem;\
            background:#0b5c8c;color:#fff;cursor:pointer}
            .lw-sign-in-error{border-inline-start:.3rem solid #b00020;background:#fdecee;padding:.5rem .8rem;margin:0 0 1rem}
            .lw-sign-in-error strong{display:block}footer{max-width:22rem;margin:0 auto;padding:0 1rem 2rem}a{color:#0b5c8c}
            """;

    private final I18NProvider texts;
    private final Language language;
    private final Locale locale;

    SignInPage(I18NProvider texts, Language language) {
        this.texts = texts;
        this.language = language;
        this.locale = language.locale();
    }

    /**
     * @param root the app's root as the browser sees it (links are relative to it)
     * @param csrfParameter the form field Spring Security reads the token from
     * @param csrfToken the session's token
     * @param failed whether the previous attempt was refused (wrong name or password, or slowed down: the same words)
     */
    String render(String root, String csrfParameter, String csrfToken, boolean failed) {
        StringBuilder b = new StringBuilder(4096);
        b.append("<!DOCTYPE html><html lang=\"").append(language.code()).append("\" dir=\"")
                .append(language.rtl() ? "rtl" : "ltr").append("\"><head><meta charset=\"UTF-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<base href=\"").append(esc(root)).append("\">")
                .append("<meta name=\"theme-color\" content=\"#0b5c8c\">")
                .append("<meta name=\"_csrf_parameter\" content=\"").append(esc(csrfParameter)).append("\">")
                .append("<meta name=\"_csrf\" content=\"").append(esc(csrfToken)).append("\">")
                .append("<title>").append(esc(t("login.title") + " – " + t("app.name"))).append("</title>")
                .append("<style>").append(STYLE).append("</style></head><body>");
        b.append("<header><a href=\".\">").append(esc(t("app.name"))).append("</a></header><main>");
        b.append("<h1>").append(esc(t("login.title"))).append("</h1>");
        if (failed) {
            b.append("<div class=\"lw-sign-in-error\" role=\"alert\"><strong>").append(esc(t("login.error.title")))
                    .append("</strong>").append(esc(t("login.error.message"))).append("</div>");
        }
        b.append("<form class=\"lw-sign-in\" method=\"post\" action=\"login\">")
                .append("<input type=\"hidden\" name=\"").append(esc(csrfParameter)).append("\" value=\"")
                .append(esc(csrfToken)).append("\">")
                .append("<label for=\"username\">").append(esc(t("login.username"))).append("</label>")
                .append("<input id=\"username\" name=\"username\" autocomplete=\"username\" autocapitalize=\"none\"")
                .append(" spellcheck=\"false\" required autofocus dir=\"ltr\">")
                .append("<label for=\"password\">").append(esc(t("login.password"))).append("</label>")
                .append("<input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\"")
                .append(" required dir=\"ltr\">")
                .append("<button type=\"submit\">").append(esc(t("login.submit"))).append("</button></form></main>");
        b.append("<footer><a href=\".\">").append(esc(t("error.page.home"))).append("</a></footer></body></html>");
        return b.toString();
    }

    private String t(String key) {
        return texts.getTranslation(key, locale);
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
