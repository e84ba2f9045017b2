package de.lokalwillkommen.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.lokalwillkommen.AppTest;
import de.lokalwillkommen.base.UserFacingException;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** A reader's report of a translation problem lands in the coordination's inbox with page, language and keys. */
@AppTest
class TranslationReportsTest {

    @Autowired
    TranslationReports reports;
    @Autowired
    MessageService messages;

    private static TranslationReport report(String quote, String client) {
        return new TranslationReport("/booking", "fa", quote, "نوبت پیشین را نگه دارید", UUID.randomUUID().toString(),
                client);
    }

    @Test
    @WithUserDetails("koordination")
    void theReportNamesThePageTheLanguageTheQuoteAndTheKeysFoundOnTheServer() {
        MessageReceipt receipt = reports.report(report("نوبت قبلی را نگه دارید", "client-" + UUID.randomUUID()));
        MessageSummary row = messages.inbox(null, EnumSet.allOf(MessageStatus.class), 0, 500).stream()
                .filter(m -> m.reference().equals(receipt.reference())).findFirst().orElseThrow();
        assertThat(row.category()).isEqualTo(MessageCategory.TRANSLATION);
        assertThat(messages.open(null, row.id()).text()).contains("Seite: /booking", "Sprache: fa (",
                "Falsche Wörter: نوبت قبلی را نگه دارید", "Vorschlag: نوبت پیشین را نگه دارید",
                "Schlüssel im Sprachpaket: book.move.keep");
    }

    @Test
    @WithUserDetails("koordination")
    void aQuoteFoundNowhereIsStillDeliveredAndSaysSo() {
        MessageReceipt receipt = reports.report(report("کلماتی که در هیچ متنی نیستند", "client-" + UUID.randomUUID()));
        MessageSummary row = messages.inbox(null, EnumSet.allOf(MessageStatus.class), 0, 500).stream()
                .filter(m -> m.reference().equals(receipt.reference())).findFirst().orElseThrow();
        assertThat(messages.open(null, row.id()).text()).contains("Schlüssel im Sprachpaket: –");
    }

    @Test
    void anEmptyQuoteAForeignAddressAndAnUnknownLanguageAreRefusedOrNeutralised() {
        assertThatThrownBy(() -> reports.report(report("  ", null))).isInstanceOf(UserFacingException.class)
                .hasMessage("translation.report.error.quote");
        assertThatThrownBy(() -> reports.report(new TranslationReport("/", "xx", "Wort", "", UUID.randomUUID().toString(),
                null))).isInstanceOf(UserFacingException.class);
        assertThat(TranslationReports.page("https://evil.example/")).isEqualTo("/");
        assertThat(TranslationReports.page("//evil.example")).isEqualTo("/");
        assertThat(TranslationReports.page("/offices/brackel-aplerbeck")).isEqualTo("/offices/brackel-aplerbeck");
    }

    @Test
    void aSecondTapSendsOnceAndAFloodFromOneAddressIsSlowedDown() {
        TranslationReport once = report("نوبت قبلی را نگه دارید", "client-" + UUID.randomUUID());
        assertThat(reports.report(once).reference()).isEqualTo(reports.report(once).reference());
        String client = "client-" + UUID.randomUUID();
        assertThatThrownBy(() -> {
            for (int i = 0; i < 10; i++) {
                reports.report(report("نوبت قبلی را نگه دارید", client));
            }
        }).isInstanceOf(UserFacingException.class).hasMessage("message.error.tooMany");
    }
}
