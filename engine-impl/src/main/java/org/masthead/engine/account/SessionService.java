package org.masthead.engine.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import org.masthead.engine.db.Database;
import org.masthead.engine.db.PublicIds;

/**
 * Sign-in sessions, kept in the database so that every node behind a load balancer knows them. Only a hash of
 * the session token is stored.
 */
@ApplicationScoped
public class SessionService {
    /** How long a session lasts. */
    public static final Duration LIFETIME = Duration.ofDays(30);

    /**
     * A new session.
     *
     * @param token     the cookie value, shown once
     * @param csrfToken the token state-changing requests must echo in {@code X-CSRF-Token}
     */
    public record NewSession(String token, String csrfToken) {
    }

    private final SessionMapper sessions;
    private final Clock clock;

    @Inject
    public SessionService(Database database, Clock clock) {
        this.sessions = database.mapper(SessionMapper.class);
        this.clock = clock;
    }

    public NewSession open(long userId) {
        String token = PublicIds.token(32);
        String csrf = PublicIds.token(16);
        long now = clock.millis();
        sessions.insert(hash(token), userId, csrf, now, now + LIFETIME.toMillis());
        return new NewSession(token, csrf);
    }

    /** The user of a live session. */
    public Optional<CurrentUser> find(String token) {
        if (token == null || token.length() != 64) {
            return Optional.empty();
        }
        SessionMapper.SessionRow row = sessions.find(hash(token), clock.millis());
        return Optional.ofNullable(row).map(r -> new CurrentUser(r.userId(), r.publicId(), r.username(),
                StaffRole.valueOf(r.staffRole()), r.csrfToken(), null));
    }

    public void close(String token) {
        if (token != null) {
            sessions.delete(hash(token));
        }
    }

    /** The SHA-256 of a secret token, hex-encoded: what the database keeps instead of the token. */
    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
