package org.masthead.engine.plugin;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.masthead.api.content.Reason;
import org.masthead.api.content.StoryId;
import org.masthead.api.payout.MemberDay;
import org.masthead.api.payout.PayoutAllocation;
import org.masthead.api.payout.PayoutLine;
import org.masthead.api.payout.PayoutModel;

/**
 * The active {@link PayoutModel}, guarded, and for simulations any installed one by plugin id. Fails closed: the
 * fallback pays no writer and says so with {@link #FALLBACK_CODE}, which the payout run treats as a failed day
 * rather than as earnings.
 */
public final class GuardedPayoutModel implements PayoutModel {
    /** The remainder reason code of an allocation the engine made because the model failed. */
    public static final String FALLBACK_CODE = "engine.payout-model-failed";

    private final PluginHost host;
    private final Guard guard;

    GuardedPayoutModel(PluginHost host, Guard guard) {
        this.host = host;
        this.guard = guard;
    }

    @Override
    public PayoutAllocation allocate(MemberDay memberDay) {
        return allocate(host.active(PayoutModel.class).orElse(null), memberDay);
    }

    /** The plugin id of the active model; empty when none is loaded. */
    public Optional<String> activeId() {
        return host.active(PayoutModel.class).map(LoadedExtension::pluginId);
    }

    /** The plugin ids of every loaded model. */
    public List<String> installed() {
        return host.extensions(PayoutModel.class).stream().map(LoadedExtension::pluginId).toList();
    }

    /**
     * Allocates with the model of plugin {@code pluginId}, active or not, guarded as the active one is.
     *
     * @throws IllegalArgumentException if no loaded plugin of that id has a model
     */
    public PayoutAllocation allocate(String pluginId, MemberDay memberDay) {
        LoadedExtension<PayoutModel> model = host.extensions(PayoutModel.class).stream()
                .filter(extension -> extension.pluginId().equals(pluginId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no payout model in plugin " + pluginId));
        return allocate(model, memberDay);
    }

    private PayoutAllocation allocate(LoadedExtension<PayoutModel> extension, MemberDay memberDay) {
        return guard.call(PayoutModel.class, extension, model -> checked(memberDay, model.allocate(memberDay)),
                () -> new PayoutAllocation(List.of(), memberDay.dues(),
                        Reason.of(FALLBACK_CODE, "The payout model failed; nothing was allocated")));
    }

    private static PayoutAllocation checked(MemberDay memberDay, PayoutAllocation allocation) {
        if (allocation == null) {
            throw new IllegalStateException("contract: allocate returned null");
        }
        if (!allocation.total().equals(memberDay.dues())) {
            throw new IllegalStateException("contract: lines and remainder add up to " + allocation.total()
                    + ", not the dues of " + memberDay.dues());
        }
        Set<StoryId> read = new HashSet<>();
        memberDay.readings().forEach(reading -> read.add(reading.story()));
        for (PayoutLine line : allocation.lines()) {
            if (!read.contains(line.story())) {
                throw new IllegalStateException("contract: story " + line.story() + " was not read by the member");
            }
        }
        return allocation;
    }
}
