package de.lokalwillkommen.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.lokalwillkommen.AppTest;
import de.lokalwillkommen.base.i18n.BundleTranslationProvider;
import de.lokalwillkommen.base.i18n.Languages;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

/** One address opening session after session is shed with a light page; running sessions go on. */
@AppTest
class SessionFloodTest {

    @Autowired
    Clock clock;
    @Autowired
    Languages languages;
    @Autowired
    BundleTranslationProvider translations;

    private MockHttpServletResponse visit(SessionFlood flood, String address, MockHttpSession existing) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/book");
        request.setRemoteAddr(address);
        request.addPreferredLocale(Locale.forLanguageTag("ar"));
        if (existing != null) {
            request.setSession(existing);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        // What the app does for a first visit: it starts a session.
        flood.doFilter(request, response, (req, res) -> ((MockHttpServletRequest) req).getSession(true));
        return response;
    }

    @Test
    void aClientOpeningManySessionsGetsTheBusyPageInItsLanguageWhileOthersAndRunningSessionsGoOn() throws Exception {
        SessionFlood flood = new SessionFlood(clock, languages, translations, 3, Duration.ofMinutes(10), 20_000);
        MockHttpSession running = new MockHttpSession();
        for (int i = 0; i < 4; i++) {
            assertThat(visit(flood, "2001:db8:7:1::" + (i + 1), null).getStatus()).isEqualTo(200);
        }
        MockHttpServletResponse refused = visit(flood, "2001:db8:7:1::99", null);
        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("30");
        assertThat(refused.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("dir=\"rtl\"", translations.getTranslation("busy.title", Locale.forLanguageTag("ar")));

        assertThat(visit(flood, "2001:db8:7:1::5", running).getStatus()).as("a running session").isEqualTo(200);
        assertThat(visit(flood, "198.51.100.4", null).getStatus()).as("another client").isEqualTo(200);
    }

    @Test
    void theDefaultCeilingLeavesHalfTheHeapForOtherWork() {
        assertThat(SessionFlood.fromHeap(1024L * 1024 * 1024)).isEqualTo(2621);
        assertThat(SessionFlood.fromHeap(64L * 1024 * 1024)).as("never below 1,000").isEqualTo(1000);
    }

    @Test
    void whenTheServerHoldsTheMostSessionsItMayNewVisitorsAreAskedToComeBack() throws Exception {
        SessionFlood flood = new SessionFlood(clock, languages, translations, 100, Duration.ofMinutes(10), 2);
        flood.sessionCreated(null);
        flood.sessionCreated(null);
        assertThat(visit(flood, "198.51.100.5", null).getStatus()).isEqualTo(503);
        flood.sessionDestroyed(null);
        assertThat(visit(flood, "198.51.100.5", null).getStatus()).isEqualTo(200);
    }
}
