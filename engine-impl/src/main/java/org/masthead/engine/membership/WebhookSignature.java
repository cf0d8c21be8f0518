package org.masthead.engine.membership;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a webhook delivery: header {@code t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">}. The time
 * is signed with the body, so a captured delivery cannot be replayed once {@link #TOLERANCE} has passed; within
 * it, the event id makes a replay a duplicate that changes nothing. Several {@code v1} values may be sent (while
 * the provider rotates its secret): one matching is enough.
 */
public record WebhookSignature(String secret) {
    public static final String HEADER = "Masthead-Signature";
    static final Duration TOLERANCE = Duration.ofMinutes(5);

    /** Whether {@code header} signs {@code body} with this secret at a time within the tolerance of {@code now}. */
    public boolean verifies(String header, byte[] body, Instant now) {
        if (header == null || secret.isEmpty()) {
            return false;
        }
        Long time = null;
        boolean matched = false;
        for (String part : header.split(",")) {
            String[] pair = part.strip().split("=", 2);
            if (pair.length != 2) {
                return false;
            }
            if (pair[0].equals("t") && time == null) {
                time = seconds(pair[1]);
            } else if (pair[0].equals("v1") && time != null && pair[1].matches("[0-9a-fA-F]{64}")) {
                matched |= MessageDigest.isEqual(HexFormat.of().parseHex(pair[1]), mac(time, body));
            }
        }
        long tolerance = TOLERANCE.toSeconds();
        return matched && time >= now.getEpochSecond() - tolerance && time <= now.getEpochSecond() + tolerance;
    }

    /** The header a provider sends for {@code body} at {@code time}: for tests and for relays of other providers. */
    public String sign(byte[] body, Instant time) {
        return "t=" + time.getEpochSecond() + ",v1=" + HexFormat.of().formatHex(mac(time.getEpochSecond(), body));
    }

    private byte[] mac(long time, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((time + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private static Long seconds(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
