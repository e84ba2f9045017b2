package de.lokalwillkommen.bench;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import java.util.concurrent.ThreadLocalRandom;
import de.lokalwillkommen.base.proof.ProofSolver;
import tools.jackson.databind.node.ObjectNode;

/**
 * A newcomer booking a consultation on a phone, step by step as in the browser: start page, the
 * booking link, office (district), topic, "next", a free time, name, phone and consent, "book".
 * Between steps the person thinks and types, as people do.
 */
final class NewcomerJourney {

    enum Outcome { BOOKED, NO_FREE_TIME }

    private static final int TAKEN_RETRIES = 3;
    private static final Pattern OPTION_VALUE = Pattern.compile("<option value=\"(\\d+)\"");
    private static final String[] NAMES = {"Amal", "Olena", "Reza", "Mariam", "Yusuf", "Daria", "Samir", "Ana",
            "Karim", "Leyla", "Petro", "Hana"};

    private final SimulatedBrowser browser;
    private final ThinkTime think;

    NewcomerJourney(SimulatedBrowser browser, ThinkTime think) {
        this.browser = browser;
        this.think = think;
    }

    /** Up to the first step of booking: what the memory measurement holds open. */
    void openBooking() throws IOException, InterruptedException {
        browser.open("");
        think.pause();
        browser.navigate("open booking", "book", "link");
    }

    Outcome book() throws IOException, InterruptedException {
        openBooking();
        UidlTree tree = browser.tree;
        UidlTree.Node form = tree.byClass("lw-book-form").orElseThrow(() -> missing("booking form"));
        List<UidlTree.Node> selects = tree.descendants(form, UidlTree.withClass("lw-native-select"));
        think.pause();
        choose("choose office", selects.get(0));
        think.pause();
        choose("choose topic", selects.get(1));
        think.pause();
        browser.click("list free times", primaryButton());
        List<UidlTree.Node> times = timeButtons();
        if (times.isEmpty()) {
            return Outcome.NO_FREE_TIME;
        }
        think.pause();
        browser.click("pick time", oneOf(times));
        think.pause();
        fillDetails();
        solveProof();
        think.pause();
        browser.click("book", primaryButton());
        for (int retry = 0; retry < TAKEN_RETRIES; retry++) {
            if (browser.lastExecute().contains("booking/")) {
                return Outcome.BOOKED;
            }
            // Someone else took the time: the page offers the next free ones.
            List<UidlTree.Node> alternatives = timeButtons();
            if (alternatives.isEmpty()) {
                throw new SimulatedBrowser.JourneyFailure("book: refused: " + browser.tree.byClass("lw-refusal")
                        .map(browser.tree::textOf).orElse("(no reason shown)"));
            }
            browser.click("pick time", oneOf(alternatives));
            solveProof();
            browser.click("book", primaryButton());
        }
        throw new SimulatedBrowser.JourneyFailure("book: no confirmation after " + TAKEN_RETRIES + " tries");
    }

    private List<UidlTree.Node> timeButtons() {
        return browser.tree.descendants(step(), UidlTree.withClass("lw-time-button"));
    }

    private static UidlTree.Node oneOf(List<UidlTree.Node> times) {
        return times.get(ThreadLocalRandom.current().nextInt(Math.min(times.size(), 6)));
    }

    /** A native select: its options are one HTML property; the choice goes up as a "change" event. */
    private void choose(String step, UidlTree.Node field) throws IOException, InterruptedException {
        UidlTree.Node select = browser.tree.descendants(field, UidlTree.tag("select")).stream().findFirst()
                .orElseThrow(() -> missing(step + " select"));
        List<String> values = OPTION_VALUE.matcher(select.property("innerHTML")).results().map(m -> m.group(1))
                .toList();
        if (values.isEmpty()) {
            throw missing(step + " options");
        }
        String value = values.get(ThreadLocalRandom.current().nextInt(values.size()));
        browser.rpc(step, List.of(SimulatedBrowser.event(field.id, "change",
                SimulatedBrowser.JSON.createObjectNode().put("event.target.value", value))));
    }

    private void fillDetails() throws IOException, InterruptedException {
        UidlTree tree = browser.tree;
        List<UidlTree.Node> fields = tree.descendants(step(), UidlTree.tag("vaadin-text-field"));
        UidlTree.Node consent = tree.descendants(step(), UidlTree.tag("vaadin-checkbox")).stream().findFirst()
                .orElseThrow(() -> missing("consent"));
        if (fields.size() < 2) {
            throw missing("name and phone fields");
        }
        int n = ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        String name = NAMES[n % NAMES.length] + " " + NAMES[(n / NAMES.length) % NAMES.length];
        List<ObjectNode> typing = List.of(
                SimulatedBrowser.sync(fields.get(0), "value", name),
                SimulatedBrowser.event(fields.get(0), "change"),
                SimulatedBrowser.sync(fields.get(1), "value", "0231 " + n),
                SimulatedBrowser.event(fields.get(1), "change"),
                SimulatedBrowser.sync(consent, "checked", true),
                SimulatedBrowser.event(consent, "checked-changed"));
        browser.rpc("fill details", typing);
    }

    /**
     * What lw-proof.js does in a real browser: solve the form's proof-of-work challenge and hand the answer to the
     * server through the element's {@code $server.proofSolved}.
     */
    private void solveProof() throws IOException, InterruptedException {
        UidlTree.Node proof = browser.tree.descendants(step(), UidlTree.withClass("lw-proof")).stream().findFirst()
                .orElseThrow(() -> missing("proof of work"));
        ObjectNode call = SimulatedBrowser.JSON.createObjectNode().put("type", "publishedEventHandler")
                .put("node", proof.id).put("templateEventMethodName", "proofSolved").put("promise", 0);
        call.putArray("templateEventMethodArgs").add(ProofSolver.solve(proof.attributes.get("data-challenge")));
        browser.rpc("proof of work", List.of(call));
    }

    private UidlTree.Node step() {
        return browser.tree.byClass("lw-book-step").orElseThrow(() -> missing("booking step"));
    }

    private UidlTree.Node primaryButton() {
        UidlTree.Node actions = browser.tree.descendants(step(), UidlTree.withClass("lw-actions")).stream()
                .reduce((first, last) -> last).orElseThrow(() -> missing("action row"));
        return browser.tree.descendants(actions, UidlTree.tag("vaadin-button")).stream()
                .filter(b -> "primary".equals(b.attributes.get("theme"))).findFirst()
                .orElseThrow(() -> missing("primary button"));
    }

    private static SimulatedBrowser.JourneyFailure missing(String what) {
        return new SimulatedBrowser.JourneyFailure("page has no " + what);
    }

    /** Seconds a person takes between two taps. */
    record ThinkTime(long minMillis, long maxMillis) {
        void pause() throws InterruptedException {
            if (maxMillis > 0) {
                Thread.sleep(ThreadLocalRandom.current().nextLong(minMillis, maxMillis + 1));
            }
        }
    }
}
