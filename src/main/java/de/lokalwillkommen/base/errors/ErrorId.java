package de.lokalwillkommen.base.errors;

import java.security.SecureRandom;

/**
 * A short id that the person sees and the log carries, so a phone call ("the number was K7QH-M2XP")
 * leads to the exception. No letters or digits that are mixed up when read aloud (0/O, 1/I).
 */
public final class ErrorId {

    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private ErrorId() {
    }

    public static String next() {
        StringBuilder id = new StringBuilder(9);
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                id.append('-');
            }
            id.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return id.toString();
    }
}
