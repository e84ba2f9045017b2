package de.lokalwillkommen.finder.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import de.lokalwillkommen.base.ui.Bidi;
import de.lokalwillkommen.finder.Candidate;
import de.lokalwillkommen.finder.FinderHit;
import de.lokalwillkommen.office.OfficeSummary;
import de.lokalwillkommen.office.ui.OfficeView;
import java.util.List;

/**
 * The answer to a search: the district and its office, or, where a postcode or street spans several
 * districts, each of them with its office, and a plain sentence that the person has to choose.
 */
class CandidateList extends Composite<Div> {

    CandidateList(FinderHit hit, List<Candidate> candidates) {
        Div list = getContent();
        list.addClassName("lw-contact-candidates");
        String what = hit.street() != null ? hit.street() + ", " + hit.postcode() : hit.postcode();
        list.add(new Paragraph(hit.ambiguous() ? getTranslation("finder.result.several", Bidi.inSentence(this, what))
                : getTranslation("finder.result.one", Bidi.inSentence(this, what),
                        Bidi.inSentence(this, candidates.getFirst().district().name()))));
        candidates.forEach(c -> list.add(card(c)));
    }

    private Div card(Candidate candidate) {
        Div card = new Div();
        card.addClassNames("lw-card", "lw-contact-candidate");
        card.add(new Paragraph(getTranslation("finder.district", Bidi.inSentence(this, candidate.district().name()))));
        if (candidate.offices().isEmpty()) {
            card.add(new Paragraph(getTranslation("finder.noOffice")));
        }
        for (OfficeSummary office : candidate.offices()) {
            card.add(new H2(new RouterLink(getTranslation("office.pageTitle", Bidi.inSentence(this, office.name())), OfficeView.class,
                    office.slug())));
            card.add(new Paragraph(office.address() != null ? office.address() : getTranslation("office.addressMissing")));
        }
        return card;
    }
}
