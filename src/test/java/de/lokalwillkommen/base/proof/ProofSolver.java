package de.lokalwillkommen.base.proof;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.altcha.altcha.Altcha;
import org.json.JSONObject;

/** What /scripts/lw-proof.js does in the browser, done in Java with the ALTCHA library (tests, load generator). */
public final class ProofSolver {

    private ProofSolver() {
    }

    /** The base64 answer to a challenge in the JSON of {@code data-challenge}. */
    public static String solve(String challengeJson) {
        try {
            JSONObject challenge = new JSONObject(challengeJson);
            Altcha.Solution solution = Altcha.solveChallenge(challenge.getString("challenge"),
                    challenge.getString("salt"), Altcha.Algorithm.SHA256, challenge.getLong("maxnumber"), 0);
            if (solution == null) {
                throw new IllegalStateException("challenge has no solution");
            }
            JSONObject payload = new JSONObject().put("algorithm", challenge.getString("algorithm"))
                    .put("challenge", challenge.getString("challenge")).put("number", solution.number)
                    .put("salt", challenge.getString("salt")).put("signature", challenge.getString("signature"));
            return Base64.getEncoder().encodeToString(payload.toString().getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException("could not solve the proof-of-work challenge", e);
        }
    }
}
