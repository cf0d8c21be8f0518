package org.masthead.engine.membership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.masthead.engine.account.UserRow;
import org.masthead.engine.account.UserService;
import org.masthead.engine.db.Database;
import org.masthead.engine.db.DuplicateKeys;
import org.masthead.engine.membership.MembershipMapper.PlanRow;
import org.masthead.engine.web.ApiException;

/**
 * The engine's payment port: what a payment provider reports (a subscription paid for, renewed, canceled, a
 * payment refunded) becomes membership periods. Adapters (the signed webhook, or a provider-specific relay) only
 * translate and authenticate; this class makes delivery safe: each event applies once whatever number of times it
 * is delivered, and by when it happened, so a late or out-of-order event ends in the same state as in-order ones.
 */
@ApplicationScoped
public class PaymentEvents {
    static final String GATEWAY = "GATEWAY";
    /** The instants an event may name: days are stored as ints. */
    private static final Instant EARLIEST = Instant.EPOCH;
    private static final Instant LATEST = LocalDate.of(10_000, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}");

    /** What happened at the provider. */
    public enum Type {
        /** A subscription's first payment: a period starts. */
        ACTIVATED,
        /** A further payment of the subscription: one more period. */
        RENEWED,
        /** The subscriber stopped renewal: the periods paid for before it run out. */
        CANCELED,
        /** One payment went back: its period ends on the day of the refund. */
        REFUNDED
    }

    /**
     * One event as the provider sends it.
     *
     * @param id           the provider's event id, unique: a redelivery repeats it
     * @param type         {@code activated}, {@code renewed}, {@code canceled} or {@code refunded}
     * @param occurredAt   when it happened at the provider (ISO-8601 instant)
     * @param subscription the provider's subscription reference
     * @param customer     the person's id on this site (the checkout link passes it as {@code customer})
     * @param plan         the plan code, for activated and renewed
     * @param refunds      for refunded: the id of the activated or renewed event whose payment went back
     * @param full         for refunded: true when the whole payment went back (a chargeback), so the period is
     *                     void from its first day; otherwise it ends on the day of the refund
     */
    public record Event(String id, String type, String occurredAt, String subscription, String customer,
                        String plan, String refunds, Boolean full) {
    }

    /** What the delivery did: {@code duplicate} when the event had been applied before and nothing changed. */
    public record Outcome(String event, boolean duplicate) {
    }

    private final Database database;
    private final PaymentEventMapper events;
    private final MembershipMapper periods;
    private final MembershipService memberships;
    private final UserService users;
    private final Clock clock;

    @Inject
    public PaymentEvents(Database database, MembershipService memberships, UserService users, Clock clock) {
        this.database = database;
        this.events = database.mapper(PaymentEventMapper.class);
        this.periods = database.mapper(MembershipMapper.class);
        this.memberships = memberships;
        this.users = users;
        this.clock = clock;
    }

    /** Applies {@code event} once; 400 when it is malformed or names an unknown person or plan. */
    public Outcome apply(Event event) {
        ApiException.requireBody(event);
        String id = reference("id", event.id());
        Type type = type(event.type());
        Instant occurredAt = instant(event.occurredAt());
        String subscription = reference("subscription", event.subscription());
        UserRow user = users.byPublicId(event.customer() == null ? "" : event.customer())
                .orElseThrow(() -> ApiException.badRequest("unknown_customer", "customer must be the id of a person"
                        + " on this site"));
        boolean payment = type == Type.ACTIVATED || type == Type.RENEWED;
        PlanRow plan = payment ? planOf(event.plan()) : null;
        String refunds = type == Type.REFUNDED ? reference("refunds", event.refunds()) : null;
        boolean full = Boolean.TRUE.equals(event.full());
        try {
            return DuplicateKeys.inTransaction(database, () -> {
                periods.lockUser(user.id());
                if (events.count(id) > 0) {
                    return new Outcome(id, true);
                }
                events.insert(id, type.name(), subscription, user.id(), plan == null ? null : plan.code(), refunds,
                        full, occurredAt, clock.instant());
                switch (type) {
                    case ACTIVATED, RENEWED -> paid(id, user.id(), plan, subscription, occurredAt);
                    case CANCELED -> events.periodsPaidBefore(subscription, occurredAt)
                            .forEach(period -> end(period, "CANCELED", occurredAt, false));
                    case REFUNDED -> {
                        Long period = events.periodOf(refunds);
                        if (period != null) {
                            refund(id, period, occurredAt, full);
                        }
                    }
                }
                periods.syncMemberUntil(user.id());
                return new Outcome(id, false);
            });
        } catch (RuntimeException e) {
            if (DuplicateKeys.isDuplicateKey(e)) {
                return new Outcome(id, true);
            }
            throw e;
        }
    }

    private void paid(String id, long userId, PlanRow plan, String subscription, Instant occurredAt) {
        long period = memberships.startPeriod(userId, plan, GATEWAY, subscription);
        events.link(id, period);
        if (events.cancellationsAfter(subscription, occurredAt) > 0) {
            end(period, "CANCELED", occurredAt, false);
        }
        for (PaymentEventMapper.WaitingRefund refund : events.waitingRefunds(id)) {
            refund(refund.eventId(), period, refund.occurredAt(), refund.fullRefund());
        }
    }

    private void refund(String refundId, long period, Instant occurredAt, boolean full) {
        end(period, "REFUNDED", occurredAt, full);
        events.link(refundId, period);
    }

    private void end(long period, String state, Instant at, boolean full) {
        memberships.endPeriod(periods.byId(period), state, at.atZone(ZoneOffset.UTC).toLocalDate(), full);
    }

    private PlanRow planOf(String code) {
        PlanRow plan = periods.plan(code == null ? "" : code);
        if (plan == null) {
            throw ApiException.badRequest("unknown_plan", "plan must be the code of a plan on this site");
        }
        return plan;
    }

    /**
     * {@code value} when it is a payment provider's reference (an event, subscription or account id): 1 to 100
     * letters, digits, '_', '.', ':' or '-'; otherwise 400 {@code invalid_<field>}.
     */
    public static String reference(String field, String value) {
        if (value == null || !REFERENCE.matcher(value).matches()) {
            throw ApiException.badRequest("invalid_" + field, field
                    + " must be 1 to 100 letters, digits, '_', '.', ':' or '-'");
        }
        return value;
    }

    private static Type type(String value) {
        try {
            return Type.valueOf(value == null ? "" : value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("invalid_type", "type must be activated, renewed, canceled or refunded");
        }
    }

    private static Instant instant(String value) {
        try {
            Instant instant = Instant.parse(value == null ? "" : value);
            if (!instant.isBefore(EARLIEST) && instant.isBefore(LATEST)) {
                return instant;
            }
        } catch (DateTimeParseException e) {
            // refused below
        }
        throw ApiException.badRequest("invalid_occurred_at", "occurredAt must be an ISO-8601 instant such as"
                + " 2026-03-01T10:00:00Z");
    }
}
