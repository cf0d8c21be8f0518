package org.masthead.engine.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.masthead.engine.db.Database;
import org.masthead.engine.web.ApiException;

/**
 * Slows password guessing: after {@link #MAX_FAILURES} failed sign-ins for one email within {@link #WINDOW},
 * further attempts for it are refused with 429 until the window has passed. Kept in the database so every node
 * counts the same failures.
 */
@ApplicationScoped
public class LoginThrottle {
    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    /** SQL of {@code login_failure}. */
    public interface FailureMapper extends org.masthead.engine.db.Mapper {
        @Select("SELECT COUNT(*) FROM login_failure WHERE email_hash = #{emailHash} AND attempted_at > #{since}")
        int countSince(@Param("emailHash") String emailHash, @Param("since") long since);

        @Insert("INSERT INTO login_failure (email_hash, attempted_at) VALUES (#{emailHash}, #{now})")
        void insert(@Param("emailHash") String emailHash, @Param("now") long now);

        @Delete("DELETE FROM login_failure WHERE email_hash = #{emailHash} AND attempted_at <= #{before}")
        void deleteBefore(@Param("emailHash") String emailHash, @Param("before") long before);
    }

    private final FailureMapper failures;
    private final Clock clock;

    @Inject
    public LoginThrottle(Database database, Clock clock) {
        this.failures = database.mapper(FailureMapper.class);
        this.clock = clock;
    }

    /**
     * @throws ApiException 429 {@code too_many_attempts} when the email has failed too often lately
     */
    public void check(String email) {
        long since = clock.millis() - WINDOW.toMillis();
        if (failures.countSince(key(email), since) >= MAX_FAILURES) {
            throw new ApiException(429, "too_many_attempts",
                    "too many failed sign-ins for this account; try again in " + WINDOW.toMinutes() + " minutes");
        }
    }

    /** Counts a failed sign-in, forgetting this email's failures that are past the window. */
    public void failed(String email) {
        long now = clock.millis();
        String key = key(email);
        failures.deleteBefore(key, now - WINDOW.toMillis());
        failures.insert(key, now);
    }

    private static String key(String email) {
        return SessionService.hash(email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
    }
}
