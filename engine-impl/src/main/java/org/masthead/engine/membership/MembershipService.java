package org.masthead.engine.membership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.masthead.api.payout.Money;
import org.masthead.engine.account.CurrentUser;
import org.masthead.engine.audit.AuditLog;
import org.masthead.engine.db.Database;
import org.masthead.engine.db.DuplicateKeys;
import org.masthead.engine.db.PublicIds;
import org.masthead.engine.membership.MembershipMapper.MembershipRow;
import org.masthead.engine.membership.MembershipMapper.PlanRow;
import org.masthead.engine.web.ApiException;

/**
 * Plans and membership periods. Periods of one person never overlap: a new one starts when the last ends (or
 * today), so each day of membership has exactly one price behind it. {@code app_user.member_until} follows the
 * periods in the same transaction.
 */
@ApplicationScoped
public class MembershipService {
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final int MAX_NAME = 100;
    private static final long MAX_PRICE = 100_000_000L;

    /** A plan to create. */
    public record NewPlan(String code, String name, String period, Long price, String currency) {
    }

    /** A plan as the API shows it: the price in minor units of the currency. */
    public record Plan(String code, String name, String period, long price, String currency, String display) {
        static Plan of(PlanRow row) {
            return new Plan(row.code(), row.name(), row.period().toLowerCase(Locale.ROOT),
                    row.priceMinor(), row.currency(), Money.of(row.priceMinor(), row.currency()).toString());
        }
    }

    /** One period of membership as the API shows it: days are ISO dates, {@code to} exclusive. */
    public record Membership(String id, String plan, String source, String state, long price, String currency,
                             String from, String to) {
        static Membership of(MembershipRow row) {
            return new Membership(row.publicId(), row.planCode(), row.source().toLowerCase(Locale.ROOT),
                    row.state().toLowerCase(Locale.ROOT), row.priceMinor(), row.currency(),
                    LocalDate.ofEpochDay(row.startDay()).toString(), LocalDate.ofEpochDay(row.endDay()).toString());
        }
    }

    /**
     * Members today, and the monthly recurring revenue per currency: renewing periods (canceled ones run out and
     * are left out), a yearly price counted as a twelfth, rounded to the minor unit.
     */
    public record Revenue(long members, Map<String, String> monthlyRecurring) {
    }

    private final Database database;
    private final MembershipMapper memberships;
    private final AuditLog audit;
    private final PaidDays paidDays;
    private final Clock clock;

    @Inject
    public MembershipService(Database database, AuditLog audit, PaidDays paidDays, Clock clock) {
        this.database = database;
        this.memberships = database.mapper(MembershipMapper.class);
        this.audit = audit;
        this.paidDays = paidDays;
        this.clock = clock;
    }

    public List<Plan> plans() {
        return memberships.plans().stream().map(Plan::of).toList();
    }

    /** Creates a plan; the code is unique and prices are positive whole minor units. */
    public Plan createPlan(CurrentUser admin, NewPlan plan) {
        ApiException.requireBody(plan);
        if (plan.code() == null || !CODE.matcher(plan.code()).matches()) {
            throw ApiException.badRequest("invalid_code", "code must be 1 to 40 lowercase letters, digits or dashes");
        }
        if (plan.name() == null || plan.name().isBlank() || plan.name().length() > MAX_NAME) {
            throw ApiException.badRequest("invalid_name", "name must be 1 to " + MAX_NAME + " characters");
        }
        Period period = Period.parse(plan.period());
        if (plan.price() == null || plan.price() <= 0 || plan.price() > MAX_PRICE) {
            throw ApiException.badRequest("invalid_price",
                    "price must be a whole number of minor units (cents) between 1 and " + MAX_PRICE);
        }
        String currency = currency(plan.currency());
        try {
            database.inTransaction(() -> memberships.insertPlan(plan.code(), plan.name().strip(), period.name(),
                    plan.price(), currency, clock.instant()));
        } catch (RuntimeException e) {
            if (DuplicateKeys.isDuplicateKey(e)) {
                throw ApiException.conflict("plan_exists", "a plan with code " + plan.code() + " exists");
            }
            throw e;
        }
        audit.record(admin, "membership.plan-created", plan.code(), Money.of(plan.price(), currency).toString());
        return Plan.of(memberships.plan(plan.code()));
    }

    /**
     * Starts one period of {@code planCode} for {@code userId}, from today or from the end of their last period.
     *
     * @param source      {@code MANUAL} (an admin's comp or an offline invoice) or {@code GATEWAY}
     * @param externalRef the payment provider's reference, if any
     */
    public Membership grant(long userId, String planCode, String source, String externalRef) {
        PlanRow plan = plan(planCode);
        long id = database.inTransaction(() -> {
            memberships.lockUser(userId);
            long started = startPeriod(userId, plan, source, externalRef);
            memberships.syncMemberUntil(userId);
            return started;
        });
        return Membership.of(memberships.byId(id));
    }

    /**
     * Ends an active period: {@code CANCELED} lets it run to its end (it is paid for) and only stops renewal;
     * {@code REFUNDED} ends it today, so its remaining days carry no dues, or, when {@code full}, voids it from its
     * first day (what its days already paid writers is taken back in the next statement). A canceled period can
     * still be refunded.
     */
    public Membership end(String membershipId, String state, boolean full) {
        MembershipRow row = memberships.byPublicId(membershipId == null ? "" : membershipId);
        if (row == null) {
            throw ApiException.notFound("membership");
        }
        database.inTransaction(() -> {
            memberships.lockUser(row.userId());
            if (!endPeriod(row, state, LocalDate.now(clock), full)) {
                throw ApiException.conflict("not_active", "the membership is " + row.state().toLowerCase(
                        Locale.ROOT) + " already");
            }
            memberships.syncMemberUntil(row.userId());
        });
        return Membership.of(memberships.byPublicId(membershipId));
    }

    PlanRow plan(String code) {
        PlanRow plan = memberships.plan(code == null ? "" : code);
        if (plan == null) {
            throw ApiException.notFound("plan");
        }
        return plan;
    }

    /** Inside a transaction holding the person's lock: the new period's id. */
    long startPeriod(long userId, PlanRow plan, String source, String externalRef) {
        String publicId = PublicIds.next();
        int today = (int) LocalDate.now(clock).toEpochDay();
        Integer last = memberships.lastEndDay(userId);
        LocalDate start = LocalDate.ofEpochDay(last == null ? today : Math.max(today, last));
        memberships.insert(publicId, userId, plan.id(), source, externalRef, plan.priceMinor(), plan.currency(),
                (int) start.toEpochDay(), (int) Period.valueOf(plan.period()).end(start).toEpochDay(),
                clock.instant());
        return memberships.byPublicId(publicId).id();
    }

    /**
     * Inside a transaction holding the person's lock: ends {@code row} as {@code state}, a refund on {@code day}
     * (from its first day when {@code full}). False when it had ended so already.
     */
    boolean endPeriod(MembershipRow row, String state, LocalDate day, boolean full) {
        boolean refund = "REFUNDED".equals(state);
        int endDay = !refund ? row.endDay() : full ? row.startDay()
                : Math.max(row.startDay(), Math.min((int) day.toEpochDay(), row.endDay()));
        if (memberships.end(row.id(), state, refund ? "CANCELED" : "ACTIVE", endDay, clock.instant()) == 0) {
            return false;
        }
        if (endDay < row.endDay()) {
            paidDays.voided(new PaidDays.Voided(row.id(), row.publicId(), endDay, row.endDay()));
        }
        return true;
    }

    public Revenue revenue() {
        int today = (int) LocalDate.now(clock).toEpochDay();
        Map<String, BigDecimal> monthly = new TreeMap<>();
        for (MembershipMapper.RenewingRow row : memberships.renewing(today)) {
            BigDecimal price = BigDecimal.valueOf(row.priceMinor());
            monthly.merge(row.currency(), Period.valueOf(row.period()) == Period.YEARLY
                    ? price.divide(BigDecimal.valueOf(12), 4, RoundingMode.HALF_UP) : price, BigDecimal::add);
        }
        Map<String, String> shown = new TreeMap<>();
        monthly.forEach((currency, minor) -> shown.put(currency, Money.of(minor.setScale(0, RoundingMode.HALF_UP)
                .longValueExact(), currency).toString()));
        return new Revenue(memberships.members(today), shown);
    }

    public List<Membership> ofUser(long userId) {
        return memberships.ofUser(userId).stream().map(Membership::of).toList();
    }

    /**
     * What one day of a period is worth: its price spread over its nominal days, the first days taking the
     * leftover minor units, so the days of a period add up to its price exactly.
     */
    public static long duesOfDay(long price, int startDay, int periodEndDay, int day) {
        int days = periodEndDay - startDay;
        if (day < startDay || day >= periodEndDay) {
            return 0;
        }
        return price / days + (day - startDay < price % days ? 1 : 0);
    }

    private static String currency(String code) {
        if (!isCurrency(code)) {
            throw ApiException.badRequest("invalid_currency", "currency must be an ISO 4217 code such as USD or EUR");
        }
        return code;
    }

    /** Whether {@code code} is an ISO 4217 currency code as written, such as {@code EUR}. */
    public static boolean isCurrency(String code) {
        try {
            return code != null && code.length() == 3 && Currency.getInstance(code).getCurrencyCode().equals(code);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
