package de.lokalwillkommen.volunteer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;

/**
 * The tombstone of a withdrawn offer's personal link: the hash of its token and the day, no personal data.
 * It lets the link say "withdrawn, your data is erased" instead of "we cannot find this offer".
 */
@Entity
@Table(name = "volunteer_withdrawal")
class VolunteerWithdrawal {

    @Id
    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "withdrawn_on", nullable = false)
    private LocalDate withdrawnOn;

    protected VolunteerWithdrawal() {
    }

    VolunteerWithdrawal(String token, LocalDate withdrawnOn) {
        this.tokenHash = hash(token);
        this.withdrawnOn = withdrawnOn;
    }

    LocalDate getWithdrawnOn() {
        return withdrawnOn;
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
