package org.masthead.engine.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.masthead.engine.db.Database;
import org.masthead.engine.db.PublicIds;
import org.masthead.engine.web.ApiException;

/**
 * Integration tokens: named bearer tokens a person issues to their own tools, limited to scopes. Only a hash is
 * stored; the token itself is shown once, when created.
 */
@ApplicationScoped
public class TokenService {
    /** Last-use times are written at most this often per token, so a busy script does not write on every call. */
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);
    private static final String PREFIX = "mh_";

    /**
     * A new token, shown once.
     *
     * @param id    the token's id, to revoke it
     * @param token the secret to send as {@code Authorization: Bearer <token>}
     */
    public record Issued(String id, String token) {
    }

    private final TokenMapper tokens;
    private final Clock clock;

    @Inject
    public TokenService(Database database, Clock clock) {
        this.tokens = database.mapper(TokenMapper.class);
        this.clock = clock;
    }

    /**
     * Issues a token for {@code user}.
     *
     * @throws ApiException 400 for a missing or long name, or unknown scopes
     */
    public Issued issue(CurrentUser user, String name, List<String> scopes) {
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > 100) {
            throw ApiException.badRequest("invalid_name", "name must be 1 to 100 characters");
        }
        if (scopes == null || scopes.isEmpty()) {
            throw ApiException.badRequest("invalid_scopes", "scopes must name at least one of "
                    + Arrays.stream(Scope.values()).map(Scope::wireName).collect(Collectors.joining(", ")));
        }
        Set<Scope> granted = new LinkedHashSet<>();
        for (String scope : scopes) {
            try {
                granted.add(Scope.fromWireName(scope));
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("invalid_scopes", e.getMessage());
            }
        }
        String token = PREFIX + PublicIds.token(24);
        String id = PublicIds.next();
        tokens.insert(id, user.id(), label, SessionService.hash(token),
                granted.stream().map(Scope::wireName).collect(Collectors.joining(" ")), clock.instant());
        return new Issued(id, token);
    }

    /** The user a live token belongs to, with the token's scopes. */
    public Optional<CurrentUser> find(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        TokenMapper.TokenUser row = tokens.find(SessionService.hash(token));
        if (row == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (row.lastUsedAt() == null || row.lastUsedAt().plus(TOUCH_INTERVAL).isBefore(now)) {
            tokens.touch(row.tokenId(), now);
        }
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (String scope : row.scopes().split(" ")) {
            scopes.add(Scope.fromWireName(scope));
        }
        return Optional.of(new CurrentUser(row.userId(), row.publicId(), row.username(),
                StaffRole.valueOf(row.staffRole()), null, Set.copyOf(scopes)));
    }

    /** The live tokens of {@code user}, without their secrets. */
    public List<TokenMapper.TokenRow> list(CurrentUser user) {
        return tokens.list(user.id());
    }

    /**
     * Revokes one of {@code user}'s tokens.
     *
     * @throws ApiException 404 if the user has no such live token
     */
    public void revoke(CurrentUser user, String id) {
        if (tokens.revoke(id, user.id(), clock.instant()) == 0) {
            throw ApiException.notFound("token");
        }
    }
}
