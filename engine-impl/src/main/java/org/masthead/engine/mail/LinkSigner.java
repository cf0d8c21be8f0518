package org.masthead.engine.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.masthead.engine.db.Secrets;

/**
 * Signs the links in mail (unsubscribe, preferences, email confirmation) with HMAC-SHA256 under a secret that the
 * engine generates at first use and keeps in the database, so that every node signs and checks alike. A signed
 * link needs no stored token: what it names is in the link, the signature proves the engine made it.
 */
@ApplicationScoped
public class LinkSigner {
    private static final String SECRET_NAME = "link-signing";
    /** 144 bits of the MAC: 24 URL-safe characters. */
    private static final int SIGNATURE_BYTES = 18;

    private final Secrets secrets;

    @Inject
    public LinkSigner(Secrets secrets) {
        this.secrets = secrets;
    }

    /** The signature of {@code parts} for {@code purpose}: the same parts signed for another purpose differ. */
    public String sign(String purpose, String... parts) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            mac.update(purpose.getBytes(StandardCharsets.UTF_8));
            for (String part : parts) {
                mac.update((byte) 0);
                mac.update(part.getBytes(StandardCharsets.UTF_8));
            }
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(Arrays.copyOf(mac.doFinal(), SIGNATURE_BYTES));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** Whether {@code signature} is the signature of {@code parts} for {@code purpose}, compared in constant time. */
    public boolean verify(String signature, String purpose, String... parts) {
        return signature != null && MessageDigest.isEqual(sign(purpose, parts).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    private byte[] key() {
        return secrets.key(SECRET_NAME);
    }
}
