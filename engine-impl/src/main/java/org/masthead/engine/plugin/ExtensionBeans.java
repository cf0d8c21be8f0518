package org.masthead.engine.plugin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.masthead.api.curation.CurationPolicy;
import org.masthead.api.embed.EmbedHandler;
import org.masthead.api.privacy.PrivacyCompliance;
import org.masthead.api.ranking.FeedRanker;

/**
 * Makes each extension point injectable: {@code @Inject FeedRanker ranker} gets the guarded active ranker (or,
 * for embeds, the guarded handler chain), so engine code never sees a plugin unguarded and never picks one itself.
 */
@ApplicationScoped
public class ExtensionBeans {
    private final PluginHost host;
    private final Guard guard;

    @Inject
    public ExtensionBeans(PluginHost host, Guard guard) {
        this.host = host;
        this.guard = guard;
    }

    @Produces
    @Singleton
    FeedRanker feedRanker() {
        return new GuardedFeedRanker(host, guard);
    }

    @Produces
    @Singleton
    CurationPolicy curationPolicy() {
        return new GuardedCurationPolicy(host, guard);
    }

    @Produces
    @Singleton
    GuardedPayoutModel payoutModel() {
        return new GuardedPayoutModel(host, guard);
    }

    @Produces
    @Singleton
    PrivacyCompliance privacyCompliance() {
        return new GuardedPrivacyCompliance(host, guard);
    }

    @Produces
    @Singleton
    EmbedHandler embedHandler() {
        return new GuardedEmbedHandler(host, guard);
    }
}
