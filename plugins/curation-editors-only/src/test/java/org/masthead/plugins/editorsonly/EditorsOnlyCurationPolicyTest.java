package org.masthead.plugins.editorsonly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.api.content.CurationStatus;
import org.masthead.api.content.DistributionTier;
import org.masthead.api.content.StoryId;
import org.masthead.api.content.StorySummary;
import org.masthead.api.content.UserId;
import org.masthead.api.curation.ContentSignals;
import org.masthead.api.curation.CurationDecision;
import org.masthead.api.curation.CurationEvent;
import org.masthead.api.curation.CurationRequest;
import org.masthead.api.curation.CurationState;
import org.masthead.api.curation.StoryContent;

class EditorsOnlyCurationPolicyTest {
    private static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");
    private final EditorsOnlyCurationPolicy policy = new EditorsOnlyCurationPolicy();

    @Test
    void aPublishedStoryWaitsInTheNetworkTierUntilAnEditorDistributesIt() {
        CurationDecision published = policy.decide(request(new CurationEvent.Published(), CurationState.disabled()));
        CurationState waiting = new CurationState(published.status(), published.eligibleAt(), null, null, false);
        CurationDecision elapsed = policy.decide(request(new CurationEvent.ReviewWindowElapsed(), waiting));
        CurationDecision distributed = policy.decide(request(new CurationEvent.Reviewed(new UserId("ed"),
                CurationEvent.Verdict.DISTRIBUTE, "design", null), waiting));

        assertEquals(CurationStatus.PENDING, published.status());
        assertNull(published.eligibleAt());
        assertEquals(DistributionTier.NETWORK, DistributionTier.of(published.status(), false, false));
        assertEquals(CurationStatus.PENDING, elapsed.status(), "never times out into distribution");
        assertEquals(CurationStatus.DISTRIBUTED, distributed.status());
        assertEquals(NOW, distributed.eligibleAt());
        assertEquals(DistributionTier.GENERAL, DistributionTier.of(distributed.status(), true, false));
    }

    private static CurationRequest request(CurationEvent event, CurationState state) {
        StorySummary summary = new StorySummary(new StoryId("s1"), new UserId("w1"), null, "Title", List.of(), NOW,
                false, DistributionTier.NETWORK);
        return new CurationRequest(event, new StoryContent(summary, "", "text", 1, 0, false, false), state,
                ContentSignals.none(), NOW);
    }
}
