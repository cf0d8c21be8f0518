package org.masthead.plugins.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.masthead.api.content.Reason;
import org.masthead.api.content.UserId;
import org.masthead.api.privacy.ConsentDecision;
import org.masthead.api.privacy.ConsentRequest;
import org.masthead.api.privacy.DataCategory;
import org.masthead.api.privacy.DataMap;
import org.masthead.api.privacy.ErasurePlan;
import org.masthead.api.privacy.ErasurePlan.Action;
import org.masthead.api.privacy.ErasureRequest;
import org.masthead.api.privacy.LegalBasis;
import org.masthead.api.privacy.PrivacyPolicy;
import org.masthead.api.privacy.PrivacyPolicy.DataSetRule;

class GdprCcpaComplianceTest {

    private static final Instant CLOSED_AT = Instant.parse("2025-06-01T12:00:00Z");
    private static final DataMap DATA_MAP = new DataMap(List.of(
            new DataMap.DataSet("account", DataCategory.IDENTIFIERS, "Your name, username and email"),
            new DataMap.DataSet("story", DataCategory.CONTENT, "Stories and responses you wrote"),
            new DataMap.DataSet("reading", DataCategory.ACTIVITY, "What you read and for how long"),
            new DataMap.DataSet("earning", DataCategory.TRANSACTIONAL, "Your membership payments and earnings"),
            new DataMap.DataSet("session", DataCategory.DEVICE_USAGE, "Your sign-in sessions and IP addresses"),
            new DataMap.DataSet("affinity", DataCategory.INFERENCES, "Topics we think you like")));
    private static final Reason DELETED = Reason.of("erasure.deleted", "Deleted 14 days after the account was closed");
    private static final ErasurePlan.Step EARNING_RETAINED = new ErasurePlan.Step("earning", Action.RETAIN,
            Instant.parse("2035-06-02T12:00:00Z"),
            Reason.of("erasure.legal-obligation", "Kept until 2035-06-02 because tax and accounting law requires it"));

    private final GdprCcpaCompliance compliance = new GdprCcpaCompliance();

    @Test
    void everyDataSetGetsItsPurposeLegalBasisAndRetention() {
        PrivacyPolicy policy = compliance.policy(DATA_MAP);

        assertEquals(new PrivacyPolicy(List.of(
                new DataSetRule("account", "Your name, username and email", LegalBasis.CONTRACT, Duration.ZERO),
                new DataSetRule("story", "Stories and responses you wrote", LegalBasis.CONTRACT, Duration.ZERO),
                new DataSetRule("reading", "What you read and for how long", LegalBasis.CONTRACT, Duration.ZERO),
                new DataSetRule("earning", "Your membership payments and earnings", LegalBasis.LEGAL_OBLIGATION,
                        Duration.ofDays(3653)),
                new DataSetRule("session", "Your sign-in sessions and IP addresses", LegalBasis.LEGITIMATE_INTEREST,
                        Duration.ZERO),
                new DataSetRule("affinity", "Topics we think you like", LegalBasis.CONSENT, Duration.ZERO)),
                Duration.ofDays(14), Duration.ofDays(30)), policy);
    }

    @Test
    void anEmptyDataMapGivesNoRules() {
        assertEquals(List.of(), compliance.policy(new DataMap(List.of())).dataSets());
    }

    @Test
    void aClosedAccountIsDeletedAfterFourteenDaysExceptPaymentRecords() {
        ErasurePlan plan = compliance.planErasure(erasure(false));

        assertEquals(new ErasurePlan(Instant.parse("2025-06-15T12:00:00Z"), List.of(
                new ErasurePlan.Step("account", Action.DELETE, null, DELETED),
                new ErasurePlan.Step("story", Action.DELETE, null, DELETED),
                new ErasurePlan.Step("reading", Action.DELETE, null, DELETED),
                EARNING_RETAINED,
                new ErasurePlan.Step("session", Action.DELETE, null, DELETED),
                new ErasurePlan.Step("affinity", Action.DELETE, null, DELETED))), plan);
    }

    @Test
    void publishedContentIsAnonymizedWhenThePersonKeepsItUp() {
        ErasurePlan plan = compliance.planErasure(erasure(true));

        assertEquals(List.of(
                new ErasurePlan.Step("account", Action.DELETE, null, DELETED),
                new ErasurePlan.Step("story", Action.ANONYMIZE, null, Reason.of("erasure.published-content-kept",
                        "Kept up without the author's name, as the person chose")),
                new ErasurePlan.Step("reading", Action.DELETE, null, DELETED),
                EARNING_RETAINED,
                new ErasurePlan.Step("session", Action.DELETE, null, DELETED),
                new ErasurePlan.Step("affinity", Action.DELETE, null, DELETED)), plan.steps());
    }

    @ParameterizedTest(name = "{0} granted={1} gpc={2} optedOut={3} -> {4} {5}")
    @CsvSource({
            "essential,      '',             true,  true,  true,  consent.essential",
            "analytics,      analytics,      false, false, true,  consent.granted",
            "analytics,      '',             false, false, false, consent.not-granted",
            "embed:youtube,  analytics,      false, false, false, consent.not-granted",
            "analytics,      analytics,      true,  true,  true,  consent.granted",
            "sale:ads,       sale:ads,       false, false, true,  consent.granted",
            "sale:ads,       '',             false, false, false, consent.not-granted",
            "sale:ads,       sale:ads,       false, true,  false, consent.opted-out-of-sale",
            "sale:ads,       sale:ads,       true,  false, false, consent.global-privacy-control",
            "sale,           sale,           true,  true,  false, consent.global-privacy-control",
            "essentials,     '',             false, false, false, consent.not-granted"})
    void consentNeedsAGrantAndTheOptOutOfSaleWins(String purpose, String granted, boolean gpc, boolean optedOut,
                                                    boolean allowed, String code) {
        ConsentDecision decision = compliance.consent(new ConsentRequest(purpose, "DE", gpc,
                granted.isEmpty() ? Set.of() : Set.of(granted), optedOut));

        assertEquals(allowed, decision.allowed());
        assertEquals(code, decision.reason().code());
    }

    @Test
    void consentReasonsNameThePurpose() {
        assertEquals(ConsentDecision.allow(Reason.of("consent.granted", "The person consented to analytics")),
                compliance.consent(new ConsentRequest("analytics", null, false, Set.of("analytics"), false)));
        assertEquals(ConsentDecision.deny(Reason.of("consent.not-granted",
                        "The person has not consented to embed:youtube")),
                compliance.consent(new ConsentRequest("embed:youtube", null, false, Set.of(), false)));
    }

    private static ErasureRequest erasure(boolean keepPublishedContent) {
        return new ErasureRequest(new UserId("u1"), DATA_MAP, keepPublishedContent, CLOSED_AT,
                CLOSED_AT.plus(Duration.ofDays(14)));
    }
}
