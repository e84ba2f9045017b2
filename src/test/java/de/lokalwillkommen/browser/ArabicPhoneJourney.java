package de.lokalwillkommen.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A journey of one Arabic-speaking visitor on a phone ({@link #arabicPhone()}), a fresh browser for each test. */
abstract class ArabicPhoneJourney extends BrowserJourney {

    BrowserContext context;
    Page page;

    @BeforeEach
    void arabicSpeakingVisitorOnAPhone() {
        context = arabicPhone();
        page = context.newPage();
    }

    @AfterEach
    void closeVisitor() {
        context.close();
    }

    /** Picks an entry of the booking form's n-th list by its visible label. */
    void choose(int select, String label) {
        chooseInBookingForm(page, select, label);
    }
}
