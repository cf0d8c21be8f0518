package org.masthead.engine.plugin;

import org.masthead.api.content.Reason;
import org.masthead.api.curation.CurationDecision;
import org.masthead.api.curation.CurationPolicy;
import org.masthead.api.curation.CurationRequest;

/** The active {@link CurationPolicy}, guarded; fails closed: "not yet eligible", to be retried. */
final class GuardedCurationPolicy implements CurationPolicy {
    private final PluginHost host;
    private final Guard guard;

    GuardedCurationPolicy(PluginHost host, Guard guard) {
        this.host = host;
        this.guard = guard;
    }

    @Override
    public CurationDecision decide(CurationRequest request) {
        return guard.call(CurationPolicy.class, host.active(CurationPolicy.class).orElse(null),
                policy -> java.util.Objects.requireNonNull(policy.decide(request), "contract: decide returned null"),
                () -> CurationDecision.retryLater(request.current(),
                        Reason.of("engine.curation-unavailable", "The curation check is unavailable; it will be retried")));
    }
}
