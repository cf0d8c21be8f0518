package org.masthead.engine.paywall;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.NewCookie;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.masthead.engine.account.CurrentUser;
import org.masthead.engine.account.StaffRole;
import org.masthead.engine.account.UserService;
import org.masthead.engine.db.Database;
import org.masthead.engine.db.DuplicateKeys;
import org.masthead.engine.db.PublicIds;
import org.masthead.engine.mail.LinkSigner;
import org.masthead.engine.membership.MembershipService;
import org.masthead.engine.site.StoredSettings;
import org.masthead.engine.story.ReadAccess;
import org.masthead.engine.story.StoryRow;
import org.masthead.engine.web.ApiException;
import org.masthead.engine.web.SiteUrl;

/**
 * Who may read a member-only story. Members, its writer and staff always; anyone holding the writer's friend link
 * (a signed key in the URL, so it needs no stored state and works for as long as the story exists); everyone
 * else opens up to {@link PaywallSettings#freeStoriesPerMonth()} of them per calendar month, counted per account
 * when signed in and per signed meter cookie when not. Opening the same story again in a month is free. A meter
 * cookie whose signature fails opens nothing new, so editing the cookie never resets the meter (deleting it does,
 * as it does on every metered site: the meter is a nudge, not access control; the paywall for strict sites is 0).
 */
@ApplicationScoped
public class Paywall implements ReadAccess {
    public static final String METER_COOKIE = "masthead_meter";
    /** The query parameter of a friend link, as Medium names it. */
    public static final String FRIEND_KEY = "sk";
    static final Duration COOKIE_LIFETIME = Duration.ofDays(365);
    private static final String SETTINGS = "paywall";
    private static final String FRIEND_LINK = "friend-link";
    private static final String METER = "meter";
    private static final Pattern COOKIE_VALUE = Pattern.compile("([0-9a-f]{32})\\.([A-Za-z0-9_-]{24})");

    /** Why a reader may or may not read a story. */
    public enum Reason {
        /** The story is not member-only. */
        FREE,
        MEMBER,
        WRITER,
        STAFF,
        FRIEND_LINK,
        /** Opened under the meter: one of the reader's free member-only stories this month. */
        METERED,
        /** The meter is spent (or 0, or its cookie was tampered with): the paywall shows instead. */
        GATED
    }

    /**
     * A decision.
     *
     * @param reason    why
     * @param remaining free member-only stories left this month after this one (when {@link Reason#METERED})
     * @param cookie    a meter cookie to set, or {@code null}
     */
    public record Access(Reason reason, int remaining, NewCookie cookie) {
        public boolean open() {
            return reason != Reason.GATED;
        }
    }

    /**
     * What the paywall offers.
     *
     * @param plans               the plans, each with its checkout link (empty when no checkout URL is set)
     * @param freeStoriesPerMonth the meter, for the page's wording
     */
    public record Offer(List<PlanOffer> plans, int freeStoriesPerMonth) {
    }

    /**
     * A plan on the paywall.
     *
     * @param name     its name
     * @param price    its price as shown, such as "5.00 USD"
     * @param period   {@code monthly} or {@code yearly}
     * @param checkout the checkout link (to sign in first when signed out: a membership needs an account), or
     *                 empty
     */
    public record PlanOffer(String name, String price, String period, String checkout) {
    }

    private final Database database;
    private final PaywallMapper meter;
    private final UserService users;
    private final MembershipService memberships;
    private final LinkSigner signer;
    private final StoredSettings settings;
    private final Provider<SiteUrl> site;
    private final Clock clock;

    @Inject
    public Paywall(Database database, UserService users, MembershipService memberships, LinkSigner signer,
                   StoredSettings settings, Provider<SiteUrl> site, Clock clock) {
        this.database = database;
        this.meter = database.mapper(PaywallMapper.class);
        this.users = users;
        this.memberships = memberships;
        this.signer = signer;
        this.settings = settings;
        this.site = site;
        this.clock = clock;
    }

    @Override
    public boolean mayRead(StoryRow story, CurrentUser viewer, String friendKey) {
        return entitlement(story, viewer, friendKey) != Reason.GATED;
    }

    /** Why {@code viewer} (or a signed-out reader, {@code null}) may read {@code story} without the meter, if so. */
    public Reason entitlement(StoryRow story, CurrentUser viewer, String friendKey) {
        if (!story.memberOnly()) {
            return Reason.FREE;
        }
        if (viewer != null && viewer.id() == story.authorId()) {
            return Reason.WRITER;
        }
        if (viewer != null && viewer.role() != StaffRole.NONE) {
            return Reason.STAFF;
        }
        if (viewer != null && users.isMember(viewer.id(), clock.instant())) {
            return Reason.MEMBER;
        }
        if (friendKey != null && signer.verify(friendKey, FRIEND_LINK, story.publicId())) {
            return Reason.FRIEND_LINK;
        }
        return Reason.GATED;
    }

    /**
     * Whether the reader may read {@code story} on its page, counting it against their meter when that is what
     * opens it.
     *
     * @param meterCookie the request's meter cookie, if any (signed-out readers)
     * @param secure      whether the request came over HTTPS, for the cookie's Secure flag
     */
    public Access access(StoryRow story, CurrentUser viewer, String friendKey, Cookie meterCookie, boolean secure) {
        Reason entitlement = entitlement(story, viewer, friendKey);
        if (entitlement != Reason.GATED) {
            return new Access(entitlement, 0, null);
        }
        int free = settings().freeStoriesPerMonth();
        NewCookie created = null;
        String reader;
        if (viewer != null) {
            reader = "u:" + viewer.id();
        } else if (meterCookie == null) {
            String id = PublicIds.token(16);
            reader = "c:" + id;
            created = new NewCookie.Builder(METER_COOKIE).value(id + "." + signer.sign(METER, id)).path("/")
                    .httpOnly(true).secure(secure || "https".equalsIgnoreCase(site.get().base().getScheme()))
                    .sameSite(NewCookie.SameSite.LAX).maxAge((int) COOKIE_LIFETIME.toSeconds()).build();
        } else {
            Matcher value = COOKIE_VALUE.matcher(meterCookie.getValue());
            if (!value.matches() || !signer.verify(value.group(2), METER, value.group(1))) {
                return new Access(Reason.GATED, 0, null);
            }
            reader = "c:" + value.group(1);
        }
        if (free == 0) {
            return new Access(Reason.GATED, 0, created);
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        int month = today.getYear() * 100 + today.getMonthValue();
        // Two pages opened at once may both pass with one story left: a nudge, so no lock for that.
        Integer left = DuplicateKeys.inTransaction(database, () -> {
            int used = meter.used(reader, month);
            if (meter.opened(reader, month, story.id()) > 0) {
                return free - used;
            }
            if (used >= free) {
                return null;
            }
            meter.open(reader, month, story.id(), clock.instant());
            return free - used - 1;
        });
        return left == null ? new Access(Reason.GATED, 0, created)
                : new Access(Reason.METERED, Math.max(0, left), created);
    }

    /** The friend link of {@code story}'s page at {@code path}: only its writer may have it. */
    public String friendLink(StoryRow story, String path, CurrentUser viewer) {
        if (viewer.id() != story.authorId()) {
            throw ApiException.forbidden("only the writer shares a friend link");
        }
        if (!story.memberOnly()) {
            throw ApiException.conflict("not_member_only", "the story is free to read: share its link");
        }
        return site.get().of(path) + "?" + FRIEND_KEY + "=" + signer.sign(FRIEND_LINK, story.publicId());
    }

    /**
     * The plans offered to {@code viewer} (null when signed out). A checkout link carries the plan's code and the
     * person's id as {@code customer}, which the provider sends back in its webhook events.
     */
    public Offer offer(CurrentUser viewer) {
        String checkout = settings().checkoutUrl();
        return new Offer(memberships.plans().stream().map(plan -> new PlanOffer(plan.name(), plan.display(),
                plan.period(), checkout.isEmpty() ? "" : viewer == null ? "/signin?next=/membership"
                        : checkout + "?plan=" + plan.code() + "&customer="
                        + viewer.publicId())).toList(),
                settings().freeStoriesPerMonth());
    }

    /** The settings in effect. */
    public PaywallSettings settings() {
        return settings.current(SETTINGS, PaywallSettings.class, PaywallSettings.DEFAULTS);
    }

    /** An admin changes the settings; audited, and applied to the next request. */
    public PaywallSettings update(CurrentUser admin, PaywallSettings change) {
        return settings.change(admin, SETTINGS, "paywall.settings", PaywallSettings.class, PaywallSettings.DEFAULTS, change);
    }
}
