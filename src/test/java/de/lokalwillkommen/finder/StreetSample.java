package de.lokalwillkommen.finder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The sample street file of the tests: seven good rows and five bad ones (see the file). */
public final class StreetSample {

    public static final String FILE = "/finder/streets-sample.csv";

    private StreetSample() {
    }

    public static byte[] bytes() {
        try (InputStream in = StreetSample.class.getResourceAsStream(FILE)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the street directory with the sample's good rows (needs a signed-in administrator). */
    public static void importInto(StreetImport streetImport) {
        streetImport.replaceDirectory(streetImport.preview(bytes()));
    }
}
