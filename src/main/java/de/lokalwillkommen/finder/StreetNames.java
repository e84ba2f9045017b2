package de.lokalwillkommen.finder;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How a street name is compared with what someone types: case, umlauts, spaces, punctuation and the
 * spellings "Straße", "Strasse" and "Str." do not matter, so "westerfilderstr" finds "Westerfilder Straße".
 */
public final class StreetNames {

    private StreetNames() {
    }

    public static String key(String name) {
        String lower = name.toLowerCase(Locale.GERMAN).replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                .replace("ß", "ss");
        String ascii = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.replace("strasse", "str").replaceAll("[^a-z0-9]+", "");
    }
}
