package org.masthead.engine.reading;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What the server vouches for when it renders a story page: this reader opened this story at this time from this
 * source. The page hands it back with every beacon, so a beacon can only report reading of a page the server
 * rendered for that reader; another site cannot forge one (see {@link Signer}). Its nonce makes each page view
 * one view, however many beacons repeat it.
 *
 * @param storyId      the story's public id
 * @param readerKey    {@code u} + user id for a signed-in reader, {@code a} + hash of the reader cookie otherwise
 * @param issuedAt     when the page was rendered (milliseconds)
 * @param origin       where the reader came from
 * @param nonce        random, unique per page view
 */
public record ViewToken(String storyId, String readerKey, Instant issuedAt, Source.Origin origin, String nonce) {
    private static final Pattern STORY_ID = Pattern.compile("[0-9a-f]{12}");
    private static final Pattern READER_KEY = Pattern.compile("u[0-9]{1,18}|a[0-9a-f]{32}");
    private static final Pattern NONCE = Pattern.compile("[A-Za-z0-9_-]{16}");
    private static final Pattern HOST = Pattern.compile("[a-z0-9.:\\[\\]_-]{0,100}");
    private static final String VERSION = "1";

    public ViewToken {
        if (!STORY_ID.matcher(storyId).matches() || !READER_KEY.matcher(readerKey).matches()
                || !NONCE.matcher(nonce).matches() || !HOST.matcher(origin.referrerHost()).matches()) {
            throw new IllegalArgumentException("malformed view token fields");
        }
    }

    /** The signed-in reader's user id, or {@code null} for a logged-out reader. */
    public Long userId() {
        return readerKey.startsWith("u") ? Long.valueOf(readerKey.substring(1)) : null;
    }

    /** Signs and checks view tokens with one key (HMAC-SHA256, truncated to 128 bits). */
    public static final class Signer {
        private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
        private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
        private static final int MAC_BYTES = 16;
        private static final int MAX_TOKEN = 400;

        private final SecretKeySpec key;

        public Signer(byte[] key) {
            if (key.length < 32) {
                throw new IllegalArgumentException("a view token key needs at least 256 bits");
            }
            this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
        }

        /** The token as text: the fields, then their MAC, both base64url, joined by a dot. */
        public String sign(ViewToken token) {
            byte[] payload = String.join("|", VERSION, token.storyId(), token.readerKey(),
                    Long.toString(token.issuedAt().toEpochMilli()), token.origin().source().wireName(),
                    token.origin().referrerHost(), token.nonce()).getBytes(StandardCharsets.UTF_8);
            return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(mac(payload));
        }

        /** The token {@code text} stands for, if this key signed it and it is well formed. */
        public Optional<ViewToken> verify(String text) {
            if (text == null || text.length() > MAX_TOKEN) {
                return Optional.empty();
            }
            int dot = text.indexOf('.');
            if (dot < 0) {
                return Optional.empty();
            }
            try {
                byte[] payload = DECODER.decode(text.substring(0, dot));
                if (!MessageDigest.isEqual(DECODER.decode(text.substring(dot + 1)), mac(payload))) {
                    return Optional.empty();
                }
                String[] fields = new String(payload, StandardCharsets.UTF_8).split("\\|", -1);
                Source source = fields.length == 7 ? Source.byWireName(fields[4]) : null;
                if (source == null || !VERSION.equals(fields[0])) {
                    return Optional.empty();
                }
                return Optional.of(new ViewToken(fields[1], fields[2], Instant.ofEpochMilli(Long.parseLong(fields[3])),
                        new Source.Origin(source, fields[5]), fields[6]));
            } catch (IllegalArgumentException e) {
                // Not base64, not a number, or fields out of shape (NumberFormatException is one too).
                return Optional.empty();
            }
        }

        private byte[] mac(byte[] payload) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(key);
                return Arrays.copyOf(mac.doFinal(payload), MAC_BYTES);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
            }
        }
    }
}
