package org.masthead.api.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.masthead.api.content.CurationStatus;
import org.masthead.api.content.DistributionTier;
import org.masthead.api.content.PublicationId;
import org.masthead.api.content.StoryId;
import org.masthead.api.content.StorySummary;
import org.masthead.api.content.UserId;

class DistributionRulesTest {

    @Test
    void curationOutcomesMapToTiers() {
        // Failed the automatic check: disqualified, open platform only.
        assertEquals(DistributionTier.OPEN_PLATFORM, DistributionTier.of(CurationStatus.NOT_DISTRIBUTED, false, false));
        assertEquals(DistributionTier.OPEN_PLATFORM, DistributionTier.of(CurationStatus.NOT_DISTRIBUTED, false, true));
        // Imported or still waiting for the check, or not distributed by a curator: followers only.
        assertEquals(DistributionTier.NETWORK, DistributionTier.of(CurationStatus.DISABLED, false, false));
        assertEquals(DistributionTier.NETWORK, DistributionTier.of(CurationStatus.NOT_DISTRIBUTED, true, true));
        for (CurationStatus status : List.of(CurationStatus.PENDING, CurationStatus.NOT_REVIEWED,
                CurationStatus.DISTRIBUTED)) {
            assertEquals(DistributionTier.GENERAL, DistributionTier.of(status, true, false));
            assertEquals(DistributionTier.BOOST, DistributionTier.of(status, true, true));
        }
    }

    @Test
    void surfacesAdmitTiersByFollowing() {
        for (Surface.Kind kind : Surface.Kind.values()) {
            assertEquals(kind == Surface.Kind.FOLLOWING, kind.admits(DistributionTier.OPEN_PLATFORM, true),
                    kind.name());
            assertFalse(kind.admits(DistributionTier.OPEN_PLATFORM, false), kind.name());
            assertTrue(kind.admits(DistributionTier.NETWORK, true), kind.name());
            assertFalse(kind.admits(DistributionTier.NETWORK, false), kind.name());
            for (DistributionTier tier : EnumSet.of(DistributionTier.GENERAL, DistributionTier.BOOST)) {
                assertTrue(kind.admits(tier, false) && kind.admits(tier, true), kind + " " + tier);
            }
        }
    }

    @Test
    void aViewerFollowsAStoryThroughItsWriterOrItsPublication() {
        Viewer viewer = new Viewer(new UserId("reader"), false, Set.of(new UserId("ana")),
                Set.of(new PublicationId("pub1")), Set.of("design"), Map.of(), Set.of(), Set.of());
        assertTrue(viewer.follows(story("ana", null)));
        assertTrue(viewer.follows(story("bob", "pub1")));
        assertFalse(viewer.follows(story("bob", "pub2")));
        assertFalse(viewer.follows(story("bob", null)));
        assertFalse(Viewer.anonymous().follows(story("ana", "pub1")));
    }

    private static StorySummary story(String author, String publication) {
        return new StorySummary(new StoryId("s1"), new UserId(author),
                publication == null ? null : new PublicationId(publication), "A story", List.of("design"),
                Instant.EPOCH, false, DistributionTier.GENERAL);
    }
}
