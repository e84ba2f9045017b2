package de.lokalwillkommen.booking;

import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.stereotype.Component;

/** Short codes people can read out on the phone, and long tokens nobody can guess. */
@Component
class BookingCodes {

    /** No 0/O, 1/I/L: the code is read aloud and typed on phones. */
    private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    static final int CODE_LENGTH = 6;

    private final SecureRandom random = new SecureRandom();

    String code() {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
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
