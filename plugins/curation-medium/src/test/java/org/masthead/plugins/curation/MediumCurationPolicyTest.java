package org.masthead.plugins.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.api.content.CurationStatus;
import org.masthead.api.content.DistributionTier;
import org.masthead.api.content.PublicationId;
import org.masthead.api.content.Reason;
import org.masthead.api.content.StoryId;
import org.masthead.api.content.StorySummary;
import org.masthead.api.content.UserId;
import org.masthead.api.curation.ContentSignals;
import org.masthead.api.curation.CurationDecision;
import org.masthead.api.curation.CurationEvent;
import org.masthead.api.curation.CurationEvent.Verdict;
import org.masthead.api.curation.CurationRequest;
import org.masthead.api.curation.CurationState;
import org.masthead.api.curation.StoryContent;
import org.masthead.api.plugin.PluginContext;

class MediumCurationPolicyTest {

    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    private static final Instant ELIGIBLE_AT = Instant.parse("2025-05-30T08:59:59.999Z");
    private static final CurationState PENDING =
            new CurationState(CurationStatus.PENDING, ELIGIBLE_AT, null, null, false);
    private static final UserId CURATOR = new UserId("curator1");

    private final SettableContext context = new SettableContext(new CurationConfig());
    private final MediumCurationPolicy policy = new MediumCurationPolicy(context);

    @Test
    void aPublishedStoryIsEligibleOneMillisecondBeforeNow() {
        CurationDecision decision = policy.decide(request(new CurationEvent.Published(), CurationState.disabled()));

        assertEquals(new CurationDecision(CurationStatus.PENDING, Instant.parse("2025-06-01T11:59:59.999Z"), null,
                null, false, List.of(Reason.of("standards.passed",
                        "Meets the distribution standards: eligible for general distribution"))), decision);
    }

    @Test
    void aStoryFailingTheStandardsIsNeverEligibleAndSaysWhichItFailed() {
        StorySummary summary = new StorySummary(new StoryId("ab12"), new UserId("writer1"), null, "A story",
                List.of("design"), NOW, false, DistributionTier.GENERAL);
        StoryContent spam = new StoryContent(summary, "", "Buy now.", 2, 3, true, false);
        // Too many links for two words, and flagged not safe for work.

        CurationDecision decision = policy.decide(new CurationRequest(new CurationEvent.Published(), spam,
                CurationState.disabled(), ContentSignals.none(), NOW));

        assertEquals(new CurationDecision(CurationStatus.NOT_DISTRIBUTED, null, null, null, false, List.of(
                Reason.of("standards.link-density", "The story has too many links for its length, a sign of spam"),
                Reason.of("standards.nsfw", "The writer marked the story as not safe for work"))), decision);
    }

    @Test
    void aDistributeVerdictCuratesIntoTheTopicAndKeepsEligibilityAndBoost() {
        Instant boostedUntil = Instant.parse("2025-06-10T00:00:00Z");
        CurationState boosted = new CurationState(CurationStatus.PENDING, ELIGIBLE_AT, null, boostedUntil, false);

        CurationDecision decision = policy.decide(request(
                new CurationEvent.Reviewed(CURATOR, Verdict.DISTRIBUTE, "design", null), boosted));

        assertEquals(new CurationDecision(CurationStatus.DISTRIBUTED, ELIGIBLE_AT, "design", boostedUntil, false,
                List.of(Reason.of("review.distributed", "A curator distributed the story in design"))), decision);
    }

    @Test
    void aDistributeVerdictWithoutATopicIsRefusedRatherThanGuessed() {
        CurationRequest request = request(new CurationEvent.Reviewed(CURATOR, Verdict.DISTRIBUTE, " ", null), PENDING);

        assertThrows(IllegalArgumentException.class, () -> policy.decide(request));
    }

    @Test
    void aNotDistributeVerdictShowsTheCuratorsNoteOrAPlainSentence() {
        CurationDecision withNote = policy.decide(request(
                new CurationEvent.Reviewed(CURATOR, Verdict.NOT_DISTRIBUTE, null, "Mostly promotional"), PENDING));
        CurationDecision withoutNote = policy.decide(request(
                new CurationEvent.Reviewed(CURATOR, Verdict.NOT_DISTRIBUTE, null, ""), PENDING));

        assertEquals(new CurationDecision(CurationStatus.NOT_DISTRIBUTED, ELIGIBLE_AT, null, null, false,
                List.of(Reason.of("review.not-distributed", "Mostly promotional"))), withNote);
        assertEquals(List.of(Reason.of("review.not-distributed", "A curator decided not to distribute the story")),
                withoutNote.reasons());
    }

    @Test
    void aBoostVerdictLastsTheConfiguredDaysReadOnEveryCall() {
        CurationState distributed = new CurationState(CurationStatus.DISTRIBUTED, ELIGIBLE_AT, "design", null, false);
        CurationRequest request = request(new CurationEvent.Reviewed(CURATOR, Verdict.BOOST, null, null), distributed);

        CurationDecision byDefault = policy.decide(request);
        context.current = new CurationConfig().withBoostDays(7);
        CurationDecision reconfigured = policy.decide(request);

        assertEquals(new CurationDecision(CurationStatus.DISTRIBUTED, ELIGIBLE_AT, "design",
                Instant.parse("2025-07-01T12:00:00Z"), false,
                List.of(Reason.of("review.boosted", "A curator boosted the story for 30 days"))), byDefault);
        assertEquals(Instant.parse("2025-06-08T12:00:00Z"), reconfigured.boostedUntil());
        assertEquals(List.of(Reason.of("review.boosted", "A curator boosted the story for 7 days")),
                reconfigured.reasons());
    }

    @Test
    void aPendingStoryNobodyReviewedInTimeIsNotReviewed() {
        CurationDecision decision = policy.decide(request(new CurationEvent.ReviewWindowElapsed(), PENDING));

        assertEquals(new CurationDecision(CurationStatus.NOT_REVIEWED, ELIGIBLE_AT, null, null, false,
                List.of(Reason.of("review.window-elapsed",
                        "No curator reviewed the story in time; it stays eligible for general distribution"))),
                decision);
    }

    @Test
    void theReviewWindowEndingNeverOverwritesAVerdict() {
        CurationState distributed = new CurationState(CurationStatus.DISTRIBUTED, ELIGIBLE_AT, "design", null, false);

        CurationDecision decision = policy.decide(request(new CurationEvent.ReviewWindowElapsed(), distributed));

        assertEquals(new CurationDecision(CurationStatus.DISTRIBUTED, ELIGIBLE_AT, "design", null, false,
                List.of(Reason.of("review.already-decided",
                        "The review window ended after the story was already decided"))), decision);
    }

    @Test
    void nominationsAndAppealsWaitForACurator() {
        CurationDecision nominated = policy.decide(request(new CurationEvent.BoostNominated(
                new PublicationId("pub1"), new UserId("editor1"), "Great piece"), PENDING));
        CurationDecision appealed = policy.decide(request(new CurationEvent.Appealed("Please look again"), PENDING));

        assertEquals(new CurationDecision(CurationStatus.PENDING, ELIGIBLE_AT, null, null, false,
                List.of(Reason.of("boost.nominated", "Nominations are reviewed by curators"))), nominated);
        assertEquals(new CurationDecision(CurationStatus.PENDING, ELIGIBLE_AT, null, null, false,
                List.of(Reason.of("appeal.received", "Appeals are reviewed by curators"))), appealed);
    }

    @Test
    void theConfigDefaultsToThirtyDaysAndRejectsOutOfRangeDays() {
        assertEquals(30, new CurationConfig().boostDays());
        assertEquals(1, new CurationConfig().withBoostDays(1).boostDays());
        assertEquals(365, new CurationConfig().withBoostDays(365).boostDays());
        assertThrows(IllegalArgumentException.class, () -> new CurationConfig().withBoostDays(0));
        assertThrows(IllegalArgumentException.class, () -> new CurationConfig().withBoostDays(366));
    }

    private static CurationRequest request(CurationEvent event, CurationState current) {
        StorySummary summary = new StorySummary(new StoryId("ab12"), new UserId("writer1"), null, "A story",
                List.of("design"), NOW, false, DistributionTier.GENERAL);
        StoryContent content = new StoryContent(summary, "", "Some words.", 150, 0, false, false);
        return new CurationRequest(event, content, current, ContentSignals.none(), NOW);
    }

    /** A context whose configuration a test can change between calls, as an admin would. */
    private static final class SettableContext implements PluginContext {
        private CurationConfig current;

        SettableContext(CurationConfig current) {
            this.current = current;
        }

        @Override
        public String pluginId() {
            return "curation-medium";
        }

        @Override
        public <C extends Record> C config(Class<C> type) {
            return type.cast(current);
        }
    }
}
