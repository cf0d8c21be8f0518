package org.masthead.engine.db;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Random public identifiers in Medium's style: 12 lowercase hex digits, unrelated to database keys. */
public final class PublicIds {
    private static final SecureRandom RANDOM = new SecureRandom();

    private PublicIds() {
    }

    /** A new random 12-hex-digit id. */
    public static String next() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** A random token of {@code bytes} bytes, hex-encoded, for sessions and CSRF. */
    public static String token(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return HexFormat.of().formatHex(value);
    }
}
