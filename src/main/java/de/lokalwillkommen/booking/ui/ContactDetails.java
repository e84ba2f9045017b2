package de.lokalwillkommen.booking.ui;

import org.jspecify.annotations.Nullable;

/** What the newcomer types in step 3; kept in the form through every refusal. */
class ContactDetails {

    private String name = "";
    private String phone = "";
    private String email = "";
    private boolean consent;

    public String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name == null ? "" : name;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(@Nullable String phone) {
        this.phone = phone == null ? "" : phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = email == null ? "" : email;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }
}
