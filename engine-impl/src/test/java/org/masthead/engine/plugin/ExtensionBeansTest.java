package org.masthead.engine.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.masthead.api.content.CurationStatus;
import org.masthead.api.content.DistributionTier;
import org.masthead.api.content.StoryId;
import org.masthead.api.content.StorySummary;
import org.masthead.api.content.UserId;
import org.masthead.api.curation.ContentSignals;
import org.masthead.api.curation.CurationDecision;
import org.masthead.api.curation.CurationEvent;
import org.masthead.api.curation.CurationPolicy;
import org.masthead.api.curation.CurationRequest;
import org.masthead.api.curation.CurationState;
import org.masthead.api.curation.StoryContent;
import org.masthead.api.privacy.ConsentDecision;
import org.masthead.api.privacy.ConsentRequest;
import org.masthead.api.privacy.PrivacyCompliance;
import org.masthead.api.ranking.Candidate;
import org.masthead.api.ranking.Engagement;
import org.masthead.api.ranking.FeedRanker;
import org.masthead.api.ranking.RankedFeed;
import org.masthead.api.ranking.RankingRequest;
import org.masthead.api.ranking.Surface;
import org.masthead.api.ranking.Viewer;

/**
 * CDI wiring, in Weld embedded through Arquillian: engine code injects extension points and gets the guarded
 * dispatchers, which answer with the engine's fallbacks when no plugin is loaded (a plugins directory that does
 * not exist), failing closed where they must.
 */
@ExtendWith(ArquillianExtension.class)
class ExtensionBeansTest {

    @Deployment
    static JavaArchive deployment() {
        return ShrinkWrap.create(JavaArchive.class)
                .addClasses(ExtensionBeans.class, NoPlugins.class)
                .addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml");
    }

    /** A plugin host over an empty plugins directory, and a guard, as the engine would hand them to CDI. */
    @ApplicationScoped
    static class NoPlugins {
        @Produces
        @Singleton
        PluginHost host() {
            PluginHost host = new PluginHost(Path.of("target/no-such-plugins-dir"), null);
            host.start();
            return host;
        }

        @Produces
        @Singleton
        Guard guard() {
            return new Guard();
        }

        void close(@Disposes Guard guard) {
            guard.close();
        }
    }

    @Inject
    FeedRanker ranker;

    @Inject
    CurationPolicy curation;

    @Inject
    PrivacyCompliance privacy;

    @Inject
    Guard guard;

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final Candidate.Writer WRITER = new Candidate.Writer("Writer", 0);

    private static StorySummary story(String id) {
        return new StorySummary(new StoryId(id), new UserId("writer"), null, "Title " + id, List.of(), NOW, false,
                DistributionTier.GENERAL);
    }

    @Test
    void theInjectedRankerIsGuardedAndFallsBackToTheEngineOrder() {
        assertInstanceOf(GuardedFeedRanker.class, ranker);
        RankedFeed feed = ranker.rank(new RankingRequest(Surface.of(Surface.Kind.HOME), Viewer.anonymous(),
                List.of(new Candidate(story("b"), Engagement.NONE, Set.of(Candidate.Source.LATEST), WRITER),
                        new Candidate(story("a"), Engagement.NONE, Set.of(Candidate.Source.LATEST), WRITER)),
                1, NOW, 7));
        assertEquals(1, feed.items().size());
        assertEquals("b", feed.items().get(0).story().value());
        assertEquals("latest", feed.items().get(0).reasons().get(0).code());
        assertEquals(Map.of("(none)", new Guard.Health(0, 0, 0, 1, 0)), guard.health(FeedRanker.class));
    }

    @Test
    void curationFailsClosed() {
        CurationDecision decision = curation.decide(new CurationRequest(new CurationEvent.Published(),
                new StoryContent(story("c"), "", "text", 1, 0, false, false), CurationState.disabled(),
                ContentSignals.none(), NOW));
        assertTrue(decision.retry());
        assertEquals(CurationStatus.DISABLED, decision.status());
    }

    @Test
    void consentFailsClosed() {
        ConsentDecision decision = privacy.consent(new ConsentRequest("analytics", "DE", false, Set.of("analytics"), false));
        assertEquals(false, decision.allowed());
    }
}
