package de.lokalwillkommen.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Finding the strings a reader quoted, as the reader copied them from a page. */
class BundleSearchTest {

    private final BundleSearch search = new BundleSearch();
    private final Language farsi = new Language("fa", "فارسی", true);
    private final Language french = new Language("fr", "Français", false);

    @Test
    void findsTheKeyWhoseTextContainsTheQuoteInThatLanguageOnly() {
        assertThat(search.keysContaining(farsi, "نوبت قبلی را نگه دارید", 10)).containsExactly("book.move.keep");
        assertThat(search.keysContaining(french, "نوبت قبلی را نگه دارید", 10)).isEmpty();
    }

    @Test
    void aQuoteWithFilledInNumbersAndOrdinarySpacesStillFindsItsText() {
        // book.noTimes.coordination is "… {0}", session.cancel.text "Annuler la permanence du {0} ? …"
        assertThat(search.keysContaining(french, "Annuler la permanence du 07.12.2026 ? Rendez-vous réservés : 3.", 10))
                .contains("session.cancel.text");
    }

    @Test
    void aQuoteOfNothingButNumbersOrVeryShortFindsNothing() {
        assertThat(search.keysContaining(french, "10:00 – 10:30", 10)).isEmpty();
        assertThat(search.keysContaining(french, "de", 10)).isEmpty();
        assertThat(search.keysContaining(french, "bureau", 3)).hasSize(3);
    }
}
