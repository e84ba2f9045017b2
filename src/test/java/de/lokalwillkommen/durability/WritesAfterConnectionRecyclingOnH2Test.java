package de.lokalwillkommen.durability;

import de.lokalwillkommen.AppTest;

/** The embedded default (H2), in the shared application context of the suite. */
@AppTest
class WritesAfterConnectionRecyclingOnH2Test extends WritesAfterConnectionRecyclingContract {
}
