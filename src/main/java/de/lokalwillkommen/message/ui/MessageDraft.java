package de.lokalwillkommen.message.ui;

import de.lokalwillkommen.base.i18n.Language;
import de.lokalwillkommen.message.MessageCategory;
import org.jspecify.annotations.Nullable;

/** What the person has typed so far; it stays whatever the service answers. */
public class MessageDraft {

    private @Nullable MessageCategory category;
    private String text = "";
    private @Nullable Language answerLanguage;
    private String name = "";
    private String phone = "";
    private String email = "";
    private boolean consent;

    public @Nullable MessageCategory getCategory() { return category; }
    public void setCategory(@Nullable MessageCategory category) { this.category = category; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public @Nullable Language getAnswerLanguage() { return answerLanguage; }
    public void setAnswerLanguage(@Nullable Language answerLanguage) { this.answerLanguage = answerLanguage; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public boolean isConsent() { return consent; }
    public void setConsent(boolean consent) { this.consent = consent; }
}
