package de.lokalwillkommen.base.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a staff password must be: at least {@link #MIN_LENGTH} characters, not one of the common passwords in
 * {@code security/common-passwords.txt} (also not with digits or signs added before or after, nor doubled:
 * "Passwort2024!" and "passwortpasswort" are refused), and not containing the user name. Refusals are translation
 * keys.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    static final String LIST = "security/common-passwords.txt";

    private final Set<String> common;

    public PasswordPolicy() {
        this.common = load();
    }

    /** The translation key of the first rule the password breaks (with {@link #MIN_LENGTH} as {0}), or empty. */
    public Optional<String> problem(String password, String username) {
        if (password.length() < MIN_LENGTH) {
            return Optional.of("password.error.short");
        }
        String lower = password.strip().toLowerCase(Locale.ROOT);
        if (candidates(lower).stream().anyMatch(common::contains)) {
            return Optional.of("staffadmin.password.common");
        }
        String user = username.strip().toLowerCase(Locale.ROOT);
        if (user.length() >= 4 && lower.contains(user)) {
            return Optional.of("staffadmin.password.username");
        }
        return Optional.empty();
    }

    public int size() {
        return common.size();
    }

    private static List<String> candidates(String lower) {
        String core = lower.replaceAll("[\\d\\W_]+$", "").replaceAll("^[\\d\\W_]+", "");
        List<String> candidates = new java.util.ArrayList<>(List.of(lower, core,
                lower.replaceAll("[\\d\\W_]+$", ""), lower.replaceAll("^[\\d\\W_]+", "")));
        for (String word : List.copyOf(candidates)) {
            if (word.length() % 2 == 0 && word.length() > 0
                    && word.substring(0, word.length() / 2).equals(word.substring(word.length() / 2))) {
                candidates.add(word.substring(0, word.length() / 2));
            }
        }
        return candidates;
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource(LIST).getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException("the common-password list is missing", e);
        }
        return Set.copyOf(words);
    }
}
