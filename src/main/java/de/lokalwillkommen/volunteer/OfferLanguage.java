package de.lokalwillkommen.volunteer;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** A row of {@code volunteer_offer_language}. */
@Embeddable
class OfferLanguage {

    @Column(nullable = false)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LanguageLevel level;

    @Column(nullable = false)
    private boolean interprets;

    protected OfferLanguage() {
    }

    OfferLanguage(SpokenLanguage spoken) {
        this.code = spoken.code();
        this.level = spoken.level();
        this.interprets = spoken.interprets();
    }

    SpokenLanguage toSpoken() {
        return new SpokenLanguage(code, level, interprets);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OfferLanguage that && code.equals(that.code);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code);
    }
}
