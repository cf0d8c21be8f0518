package org.masthead.engine.plugin;

import java.util.ArrayList;
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

    /**
     * Members guarded together: the guard's hand-off to a worker thread costs tens of microseconds, which over a
     * month of 100,000 members is a minute; a model's budget therefore covers this many members in a row.
     */
    public static final int MEMBERS_PER_CALL = 100;

    @Override
    public PayoutAllocation allocate(MemberDay memberDay) {
        return allocateAll(List.of(memberDay)).get(0);
    }

    /** Allocates each member's day with the active model, in order. */
    public List<PayoutAllocation> allocateAll(List<MemberDay> memberDays) {
        return allocateAll(host.active(PayoutModel.class).orElse(null), memberDays);
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
    public List<PayoutAllocation> allocateAll(String pluginId, List<MemberDay> memberDays) {
        LoadedExtension<PayoutModel> model = host.extensions(PayoutModel.class).stream()
                .filter(extension -> extension.pluginId().equals(pluginId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no payout model in plugin " + pluginId));
        return allocateAll(model, memberDays);
    }

    /** Every member's allocation; when the model fails for one, the engine's fallback for each of that call's. */
    private List<PayoutAllocation> allocateAll(LoadedExtension<PayoutModel> extension, List<MemberDay> memberDays) {
        List<PayoutAllocation> all = new ArrayList<>(memberDays.size());
        for (int from = 0; from < memberDays.size(); from += MEMBERS_PER_CALL) {
            List<MemberDay> part = memberDays.subList(from, Math.min(memberDays.size(), from + MEMBERS_PER_CALL));
            all.addAll(guard.call(PayoutModel.class, extension,
                    model -> part.stream().map(memberDay -> checked(memberDay, model.allocate(memberDay))).toList(),
                    () -> part.stream().map(memberDay -> new PayoutAllocation(List.of(), memberDay.dues(),
                            Reason.of(FALLBACK_CODE, "The payout model failed; nothing was allocated"))).toList()));
        }
        return all;
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
