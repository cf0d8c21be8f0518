package org.masthead.engine.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.masthead.engine.account.CurrentUser;
import org.masthead.engine.account.UserRow;
import org.masthead.engine.account.UserService;
import org.masthead.engine.audit.AuditLog;
import org.masthead.engine.db.Database;
import org.masthead.engine.db.DuplicateKeys;
import org.masthead.engine.membership.PaymentEvents;
import org.masthead.engine.partner.PartnerMapper.EnrolmentRow;
import org.masthead.engine.site.StoredSettings;
import org.masthead.engine.story.Partners;
import org.masthead.engine.story.StoryRow;
import org.masthead.engine.web.ApiException;

/**
 * Enrolment in the Partner Program against the admin's rules, and the content rules that stop a story earning. The
 * payout run reads both straight from the tables: only enrolled writers' member-only stories without an earning
 * block earn.
 */
@ApplicationScoped
public class PartnerProgram implements Partners {
    static final String SETTINGS = "partner-program";

    /** Why staff stop a story earning. */
    public enum Block {
        /** AI-generated writing that is not disclosed as such. */
        UNDISCLOSED_AI,
        /** Writing about the platform itself, or about earning on it. */
        PLATFORM_META,
        /** Another breach of the program's content rules. */
        GUIDELINES;

        String wireName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static Block parse(String value) {
            for (Block block : values()) {
                if (block.wireName().equals(value)) {
                    return block;
                }
            }
            throw ApiException.badRequest("invalid_reason", "reason must be undisclosed-ai, platform-meta or"
                    + " guidelines");
        }
    }

    /** A writer's application: where they live (payouts go there), their age confirmation, the provider's id. */
    public record Application(String country, Boolean confirmsAge, String payoutReference) {
    }

    /** One eligibility rule and whether the writer meets it. */
    public record Check(String rule, boolean met, String message) {
    }

    /**
     * A writer's standing: enrolled or not, the rules (for a writer not enrolled), the stories that cannot earn.
     */
    public record Standing(boolean enrolled, String country, String payoutReference, Instant enrolledAt,
                           List<Check> checks, List<BlockedStory> blockedStories) {
    }

    /** A story its writer cannot earn from. */
    public record BlockedStory(String id, String title, String reason) {
    }

    /** An enrolled writer, for admins. */
    public record Enrolment(String user, String userId, String country, String payoutReference, String source,
                            Instant enrolledAt) {
        static Enrolment of(EnrolmentRow row) {
            return new Enrolment(row.username(), row.publicId(), row.country(), row.payoutReference(),
                    row.source().toLowerCase(Locale.ROOT), row.enrolledAt());
        }
    }

    private final Database database;
    private final PartnerMapper partners;
    private final UserService users;
    private final StoredSettings settings;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public PartnerProgram(Database database, UserService users, StoredSettings settings, AuditLog audit,
                          Clock clock) {
        this.database = database;
        this.partners = database.mapper(PartnerMapper.class);
        this.users = users;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public boolean isPartner(long userId) {
        return partners.isEnrolled(userId) > 0;
    }

    public PartnerRules rules() {
        return settings.current(SETTINGS, PartnerRules.class, PartnerRules.DEFAULTS);
    }

    public PartnerRules updateRules(CurrentUser admin, PartnerRules change) {
        return settings.change(admin, SETTINGS, "partner.rules", PartnerRules.class, PartnerRules.DEFAULTS, change);
    }

    /** The writer's standing, with each rule checked against {@code application} (or nothing yet). */
    public Standing standing(CurrentUser writer) {
        EnrolmentRow row = partners.enrolment(writer.id());
        List<BlockedStory> blocked = partners.blocked(writer.id()).stream().map(story -> new BlockedStory(
                story.publicId(), story.title(), story.earningBlock())).toList();
        if (row != null) {
            return new Standing(true, row.country(), row.payoutReference(), row.enrolledAt(), List.of(), blocked);
        }
        return new Standing(false, null, null, null, checks(writer.id(), new Application(null, null, null)),
                blocked);
    }

    /** Enrols the writer when they meet every rule; 409 {@code not_eligible} naming those they do not. */
    public Standing enrol(CurrentUser writer, Application application) {
        ApiException.requireBody(application);
        String reference = reference(application.payoutReference());
        List<Check> unmet = checks(writer.id(), application).stream().filter(check -> !check.met()).toList();
        if (!unmet.isEmpty()) {
            throw ApiException.conflict("not_eligible", String.join("; ", unmet.stream().map(Check::message)
                    .toList()));
        }
        insert(writer.id(), application.country(), true, reference, "SELF");
        audit.record(writer, "partner.enrolled", writer.username(), application.country());
        return standing(writer);
    }

    /** An admin enrols a writer whatever the rules (staff writers, agreements made outside the site). */
    public Enrolment enrolByAdmin(CurrentUser admin, String username, Application application) {
        ApiException.requireBody(application);
        UserRow user = users.byUsername(username == null ? "" : username)
                .orElseThrow(() -> ApiException.notFound("person"));
        String country = country(application.country());
        insert(user.id(), country, Boolean.TRUE.equals(application.confirmsAge()),
                reference(application.payoutReference()), "ADMIN");
        audit.record(admin, "partner.enrolled", user.username(), country + " by an admin");
        return Enrolment.of(partners.enrolment(user.id()));
    }

    /** Takes the writer out of the program: their stories stop earning from the next day paid. */
    public void leave(CurrentUser actor, long userId, String username) {
        if (partners.leave(userId) == 0) {
            throw ApiException.notFound("enrolment");
        }
        audit.record(actor, "partner.left", username, actor.id() == userId ? "by the writer" : "by an admin");
    }

    public List<Enrolment> enrolments() {
        return partners.enrolments().stream().map(Enrolment::of).toList();
    }

    /** Staff stop {@code story} earning for {@code reason}, or let it earn again with {@code null}. */
    public void block(CurrentUser staff, StoryRow story, String reason) {
        String block = reason == null ? null : Block.parse(reason).wireName();
        partners.block(story.id(), block);
        audit.record(staff, "partner.story-earning", story.publicId(), block == null ? "may earn" : block);
    }

    private void insert(long userId, String country, boolean ageConfirmed, String reference, String source) {
        try {
            DuplicateKeys.inTransaction(database, () -> partners.enrol(userId, country, ageConfirmed, reference,
                    source, clock.instant()));
        } catch (RuntimeException e) {
            if (DuplicateKeys.isDuplicateKey(e)) {
                throw ApiException.conflict("already_enrolled", "the writer is in the Partner Program already");
            }
            throw e;
        }
    }

    private List<Check> checks(long userId, Application application) {
        PartnerRules rules = rules();
        List<Check> checks = new ArrayList<>();
        if (rules.requireMembership()) {
            checks.add(new Check("membership", users.isMember(userId, clock.instant()),
                    "Be a member of the publication"));
        }
        if (rules.publishedWithinMonths() > 0) {
            Instant last = partners.lastPublished(userId);
            Instant since = clock.instant().atZone(ZoneOffset.UTC).minusMonths(rules.publishedWithinMonths())
                    .toInstant();
            checks.add(new Check("recent-story", last != null && !last.isBefore(since), "Have published a story"
                    + " in the last " + rules.publishedWithinMonths() + " months"));
        }
        if (rules.minimumAge() > 0) {
            checks.add(new Check("age", Boolean.TRUE.equals(application.confirmsAge()), "Confirm you are "
                    + rules.minimumAge() + " or older"));
        }
        checks.add(new Check("country", application.country() != null
                && rules.supportedCountries().contains(application.country()), "Live in a country payouts can be"
                + " sent to: " + String.join(", ", rules.supportedCountries())));
        return checks;
    }

    private static String country(String code) {
        if (code == null || !code.matches("[A-Z]{2}")) {
            throw ApiException.badRequest("invalid_country", "country must be an ISO 3166 code such as DE");
        }
        return code;
    }

    /** The payment provider's account id, optional. */
    private static String reference(String value) {
        return value == null || value.isBlank() ? null : PaymentEvents.reference("payout_reference", value);
    }
}
