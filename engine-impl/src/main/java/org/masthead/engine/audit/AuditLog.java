package org.masthead.engine.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.masthead.engine.account.CurrentUser;
import org.masthead.engine.db.Database;

/**
 * Records admin and curator actions. A record joins the caller's transaction, so an action and its record are
 * stored together or not at all.
 */
@ApplicationScoped
public class AuditLog {
    private static final int MAX_DETAIL = 20_000;

    /**
     * One recorded action.
     *
     * @param id        position, newest highest
     * @param actor     the username of who did it, or {@code null} for the engine itself
     * @param action    what, such as {@code plugin.activate}
     * @param subject   to what, such as {@code FeedRanker}
     * @param detail    what changed, often "before → after"
     * @param createdAt when
     */
    public record Event(long id, String actor, String action, String subject, String detail, Instant createdAt) {
    }

    private final AuditMapper events;
    private final Clock clock;

    @Inject
    public AuditLog(Database database, Clock clock) {
        this.events = database.mapper(AuditMapper.class);
        this.clock = clock;
    }

    /** Records that {@code actor} did {@code action} to {@code subject}. */
    public void record(CurrentUser actor, String action, String subject, String detail) {
        String text = detail == null ? "" : detail;
        events.insert(actor == null ? null : actor.id(), action, subject,
                text.length() > MAX_DETAIL ? text.substring(0, MAX_DETAIL) + "…" : text, clock.instant());
    }

    /** The newest events, optionally of one action only and older than event {@code before}. */
    public List<Event> recent(String action, Long before, int limit) {
        return events.recent(action == null || action.isBlank() ? null : action, before, limit);
    }

    /** "name: before → after" for each setting that differs, one per line: the diff an audit record keeps. */
    public static String diff(Map<String, ?> before, Map<String, ?> after) {
        StringBuilder out = new StringBuilder();
        SortedSet<String> names = new TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        for (String name : names) {
            Object old = before.get(name);
            Object now = after.get(name);
            if (!Objects.equals(old, now)) {
                out.append(name).append(": ").append(old == null ? "(default)" : old).append(" → ")
                        .append(now == null ? "(default)" : now).append('\n');
            }
        }
        return out.toString().strip();
    }
}
