package de.lokalwillkommen;

/** On the app tests' H2 (the shared application context). */
@AppTest
class ControlCharactersOnH2Test extends ControlCharactersContract {
}
