package de.lokalwillkommen.booking.ui;

/** Mixing directions: German addresses and office names inside Arabic, Farsi or Pashto sentences. */
final class Bidi {

    private Bidi() {
    }

    /**
     * Wraps a value placed into a sentence (an address, a name) in Unicode isolates (FSI … PDI), so it
     * keeps its own direction and does not reorder the words around it.
     */
    static String isolate(String value) {
        return "\u2068" + value + "\u2069";
    }
}
