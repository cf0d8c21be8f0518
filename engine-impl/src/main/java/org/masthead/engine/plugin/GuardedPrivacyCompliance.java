package org.masthead.engine.plugin;

import java.time.Duration;
import org.masthead.api.content.Reason;
import org.masthead.api.privacy.ConsentDecision;
import org.masthead.api.privacy.ConsentRequest;
import org.masthead.api.privacy.DataMap;
import org.masthead.api.privacy.ErasurePlan;
import org.masthead.api.privacy.ErasureRequest;
import org.masthead.api.privacy.LegalBasis;
import org.masthead.api.privacy.PrivacyCompliance;
import org.masthead.api.privacy.PrivacyPolicy;

/**
 * The active {@link PrivacyCompliance}, guarded. Fails closed: no consent, and erase everything after the
 * shortest common delay.
 */
final class GuardedPrivacyCompliance implements PrivacyCompliance {
    private static final Duration FALLBACK_DELAY = Duration.ofDays(14);
    private static final Reason UNAVAILABLE =
            Reason.of("engine.privacy-unavailable", "The privacy policy plugin is unavailable");

    private final PluginHost host;
    private final Guard guard;

    GuardedPrivacyCompliance(PluginHost host, Guard guard) {
        this.host = host;
        this.guard = guard;
    }

    @Override
    public PrivacyPolicy policy(DataMap dataMap) {
        return guard.call(PrivacyCompliance.class, host.active(PrivacyCompliance.class).orElse(null),
                plugin -> java.util.Objects.requireNonNull(plugin.policy(dataMap), "contract: policy returned null"),
                () -> new PrivacyPolicy(dataMap.dataSets().stream()
                        .map(set -> new PrivacyPolicy.DataSetRule(set.name(), set.description(), LegalBasis.CONTRACT,
                                Duration.ZERO))
                        .toList(), FALLBACK_DELAY, Duration.ofDays(30)));
    }

    @Override
    public ErasurePlan planErasure(ErasureRequest request) {
        return guard.call(PrivacyCompliance.class, host.active(PrivacyCompliance.class).orElse(null),
                plugin -> java.util.Objects.requireNonNull(plugin.planErasure(request), "contract: planErasure returned null"),
                () -> new ErasurePlan(request.closedAt().plus(FALLBACK_DELAY), request.dataMap().dataSets().stream()
                        .map(set -> new ErasurePlan.Step(set.name(), ErasurePlan.Action.DELETE, null, UNAVAILABLE))
                        .toList()));
    }

    @Override
    public ConsentDecision consent(ConsentRequest request) {
        return guard.call(PrivacyCompliance.class, host.active(PrivacyCompliance.class).orElse(null),
                plugin -> java.util.Objects.requireNonNull(plugin.consent(request), "contract: consent returned null"),
                () -> ConsentDecision.deny(UNAVAILABLE));
    }
}
