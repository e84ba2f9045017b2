package de.lokalwillkommen.queue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** A session's short code (typed from a poster), a number's secret token, and the hash of a device cookie. */
@Component
class QueueCodes {

    /** No 0/O, 1/I/L: the code is typed from paper on a phone. */
    private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    static final int CODE_LENGTH = 5;

    private final SecureRandom random = new SecureRandom();

    String sessionCode() {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    /** 192 random bits, URL-safe: whoever has it follows the number, nobody can guess it. */
    String token() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** What a typed code becomes before it is looked up: capitals, no spaces or dashes. */
    static String normalise(String typed) {
        return typed.replaceAll("[\\s-]+", "").toUpperCase(Locale.ROOT);
    }

    /** The device cookie is never stored as it is. */
    static String deviceHash(String deviceToken) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(deviceToken.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
