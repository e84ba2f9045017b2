package de.lokalwillkommen.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.html.Div;
import de.lokalwillkommen.base.proof.ProofOfWork;
import org.jspecify.annotations.Nullable;

/**
 * The proof of work of a public form: an invisible element carrying a challenge, which a small static script
 * (/scripts/lw-proof.js) solves in the background and hands back through {@link #proofSolved}. The form asks
 * {@link #verified()} before it sends; a refused answer gets a new challenge.
 */
public class ProofField extends Div {

    static final String SCRIPT = "scripts/lw-proof.js";

    private final ProofOfWork proofs;
    private final boolean raised;
    private @Nullable String payload;

    public ProofField(ProofOfWork proofs, boolean raised) {
        this.proofs = proofs;
        this.raised = raised;
        addClassName("lw-proof");
        getElement().setAttribute("hidden", true);
        getElement().setAttribute("aria-hidden", "true");
        renew();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        start();
    }

    /** The browser's answer; verified only when the form is sent. */
    @ClientCallable
    void proofSolved(String solution) {
        this.payload = solution;
    }

    /** The challenge the browser is solving (the JSON in {@code data-challenge}). */
    public String challenge() {
        return getElement().getAttribute("data-challenge");
    }

    /** Whether the browser solved this form's challenge; each answer counts once, so a new challenge follows. */
    public boolean verified() {
        boolean ok = proofs.verify(payload);
        renew();
        if (isAttached()) {
            start();
        }
        return ok;
    }

    private void renew() {
        payload = null;
        getElement().setAttribute("data-challenge", proofs.challenge(raised));
    }

    private void start() {
        getElement().executeJs("""
                const element = this;
                const run = () => window.lwProof && window.lwProof.run(element);
                if (window.lwProof) { run(); return; }
                const script = document.createElement('script');
                script.src = $0;
                script.onload = run;
                document.head.appendChild(script);""", SCRIPT);
    }
}
