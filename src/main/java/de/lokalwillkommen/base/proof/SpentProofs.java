package de.lokalwillkommen.base.proof;

import java.time.Instant;

/** Remembers the proof-of-work answers already used until their challenge expires: an answer counts once. */
interface SpentProofs {

    /** Marks the answer of this salt as used; false when it was used before. */
    boolean spend(String salt, Instant expires);
}
