package org.masthead.engine.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class ViewTokenTest {
    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final ViewToken.Signer SIGNER = new ViewToken.Signer(KEY);
    private static final ViewToken TOKEN = new ViewToken("0a1b2c3d4e5f", "u42",
            Instant.parse("2024-03-01T10:00:00.123Z"), new Source.Origin(Source.EXTERNAL, "news.example.com"),
            "AbCdEfGhIjKlMn-_");

    @Test
    void aSignedTokenVerifiesToItself() {
        String text = SIGNER.sign(TOKEN);
        assertEquals(TOKEN, SIGNER.verify(text).orElseThrow());
        assertEquals(42L, TOKEN.userId());
        assertTrue(text.length() < 150, text);
        assertTrue(text.matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+"), text);
    }

    @Test
    void aLoggedOutReadersTokenHasNoUser() {
        ViewToken anonymous = new ViewToken("0a1b2c3d4e5f", "a" + "0123456789abcdef".repeat(2), TOKEN.issuedAt(),
                new Source.Origin(Source.DIRECT, ""), TOKEN.nonce());
        assertEquals(anonymous, SIGNER.verify(SIGNER.sign(anonymous)).orElseThrow());
        assertNull(anonymous.userId());
    }

    @Test
    void changedOrForeignTokensDoNotVerify() {
        String text = SIGNER.sign(TOKEN);
        String payload = text.substring(0, text.indexOf('.'));
        String mac = text.substring(text.indexOf('.') + 1);
        String otherReader = Base64.getUrlEncoder().withoutPadding().encodeToString(new String(
                Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8).replace("|u42|", "|u43|")
                .getBytes(StandardCharsets.UTF_8));
        assertTrue(SIGNER.verify(otherReader + "." + mac).isEmpty());
        byte[] otherKey = Arrays.copyOf(KEY, KEY.length);
        otherKey[0] ^= 1;
        assertTrue(new ViewToken.Signer(otherKey).verify(text).isEmpty());
        for (String garbage : new String[] {"", ".", "abc", "abc.def", payload, "!!!." + mac, text + "x", null}) {
            assertTrue(SIGNER.verify(garbage).isEmpty(), garbage);
        }
    }

    @Test
    void fieldsOutOfShapeAreRefused() {
        Source.Origin direct = new Source.Origin(Source.DIRECT, "");
        assertThrows(IllegalArgumentException.class, () -> new ViewToken("nothex", "u1", TOKEN.issuedAt(), direct,
                TOKEN.nonce()));
        assertThrows(IllegalArgumentException.class, () -> new ViewToken("0a1b2c3d4e5f", "x1", TOKEN.issuedAt(),
                direct, TOKEN.nonce()));
        assertThrows(IllegalArgumentException.class, () -> new ViewToken("0a1b2c3d4e5f", "u1", TOKEN.issuedAt(),
                new Source.Origin(Source.EXTERNAL, "a|b"), TOKEN.nonce()));
        assertThrows(IllegalArgumentException.class, () -> new ViewToken.Signer(new byte[16]));
    }
}
