package de.lokalwillkommen.volunteer;

import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.stereotype.Component;

/** References people can read out on the phone, and personal-link tokens nobody can guess. */
@Component
class VolunteerCodes {

    /** No 0/O, 1/I/L: the reference is read aloud and typed on phones. */
    private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    static final int REFERENCE_LENGTH = 6;

    private final SecureRandom random = new SecureRandom();

    /** "F-7KQ2MX": the F (Freiwillige) tells staff on the phone that it is not a booking code. */
    String reference() {
        StringBuilder code = new StringBuilder("F-");
        for (int i = 0; i < REFERENCE_LENGTH; i++) {
            code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    /** 256 random bits, URL-safe. */
    String manageToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
