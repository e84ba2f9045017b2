package de.lokalwillkommen.poster.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;
import de.lokalwillkommen.GermanUiTest;
import de.lokalwillkommen.base.PublicAddress;
import de.lokalwillkommen.poster.QrDecoding;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** Brackel's poster in Arabic and German: lines in each direction, the phone, strips, and a QR code to booking. */
@WithUserDetails("brackel")
class PosterViewTest extends GermanUiTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PublicAddress publicAddress;

    @Test
    void theOfficePosterHasItsLinesInArabicRightToLeftAndAQrCodeThatDecodesToBooking() throws Exception {
        long brackel = jdbc.queryForObject("select id from office where name = 'Brackel/Aplerbeck'", Long.class);
        String slug = jdbc.queryForObject("select slug from office where id = ?", String.class, brackel);
        UI.getCurrent().navigate("staff/poster", new QueryParameters(Map.of("office", List.of(Long.toString(brackel)),
                "lang", List.of("ar,de"), "strips", List.of(""))));

        Div sheet = $view(Div.class).withId("poster-sheet").single();
        List<Div> blocks = $view(Div.class).withClassName("lw-poster-language").all();
        assertThat(blocks).extracting(b -> b.getElement().getAttribute("lang")).containsExactly("ar", "de");
        assertThat(blocks).extracting(b -> b.getElement().getAttribute("dir")).containsExactly("rtl", "ltr");
        assertThat(blocks.getFirst().getElement().getTextRecursively()).contains("احجزوا استشارة", "مجانًا");
        assertThat(blocks.getLast().getElement().getTextRecursively()).contains("Beratung buchen", "kostenlos");
        assertThat(sheet.getElement().getTextRecursively()).contains("Brackel/Aplerbeck", "Telefon:");
        assertThat($view(Div.class).withClassName("lw-poster-strip").all()).hasSize(PosterView.STRIPS);

        List<Image> codes = $view(Image.class).all();
        assertThat(codes).hasSize(1 + PosterView.STRIPS);
        String src = codes.getFirst().getSrc();
        assertThat(src).startsWith("data:image/svg+xml;base64,");
        String svg = new String(java.util.Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1)),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(QrDecoding.decode(svg)).isEqualTo(publicAddress.of("book?office=" + slug));
    }
}
