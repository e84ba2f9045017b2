package de.lokalwillkommen.office.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import de.lokalwillkommen.GermanUiTest;
import org.junit.jupiter.api.Test;

class OfficePagesTest extends GermanUiTest {

    @Test
    void listsTheDemoOfficesWithTheirDistricts() {
        navigate(OfficesView.class);
        assertThat($view(OfficeCard.class).all()).hasSizeGreaterThanOrEqualTo(5);
        assertThat($view(Paragraph.class).all().stream().map(Paragraph::getText))
                .contains("Zuständig für: Aplerbeck, Brackel", "Zuständig für: Huckarde, Mengede");
    }

    @Test
    void anOfficePageShowsAddressMapLinkTeamAndOutreachVenues() {
        navigate(OfficeView.class, "luetgendortmund");
        assertThat($view(H1.class).single().getText()).isEqualTo("Büro Lütgendortmund");
        assertThat($view(Anchor.class).all().stream().map(Anchor::getHref))
                .anyMatch(href -> href.startsWith("https://www.openstreetmap.org/search?query=L%C3%BCtgendortmunder"));
        assertThat($view(ListItem.class).all().stream().map(ListItem::getText))
                .anyMatch(text -> text.contains("European Home Care"))
                .anyMatch(text -> text.startsWith("Vereinsheim der Nachbarschaftshilfe „Marten aktiv“ e.V., In der Meile 1a"));
    }

    @Test
    void aMissingPhoneNumberIsSaidPlainlyNotInvented() {
        navigate(OfficeView.class, "hoerde-hombruch");
        assertThat($view(Paragraph.class).all().stream().map(Paragraph::getText)).contains("Adresse: wird noch ergänzt");
        assertThat($view(Anchor.class).all().stream().map(Anchor::getHref)).noneMatch(href -> href.startsWith("tel:"));
    }

    @Test
    void anUnknownOfficeGetsAHelpfulPageInsteadOfAnError() {
        navigate(OfficeView.class, "atlantis");
        assertThat($view(H1.class).single().getText()).isEqualTo("Büro nicht gefunden");
    }
}
