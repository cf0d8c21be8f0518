package org.masthead.engine.plugin;

import java.util.List;
import java.util.Map;
import org.masthead.api.curation.CurationPolicy;
import org.masthead.api.embed.EmbedHandler;
import org.masthead.api.payout.PayoutModel;
import org.masthead.api.plugin.Dispatch;
import org.masthead.api.privacy.PrivacyCompliance;
import org.masthead.api.ranking.FeedRanker;

/** The extension points the engine hosts, and the bundled plugin that is active for each until an admin chooses. */
public final class ExtensionPoints {

    /** Every extension point, in the order the console and health endpoint list them. */
    public static final List<Class<?>> ALL = List.of(
            FeedRanker.class, CurationPolicy.class, PayoutModel.class, PrivacyCompliance.class, EmbedHandler.class);

    private static final Map<Class<?>, String> DEFAULT_PLUGINS = Map.of(
            FeedRanker.class, "ranking-medium",
            CurationPolicy.class, "curation-medium",
            PayoutModel.class, "payout-partner-program",
            PrivacyCompliance.class, "privacy-gdpr-ccpa",
            EmbedHandler.class, "embed-oembed");

    private ExtensionPoints() {
    }

    /** The id of the bundled default plugin for {@code point}. */
    public static String defaultPlugin(Class<?> point) {
        return DEFAULT_PLUGINS.get(point);
    }

    /** The extension point whose simple name is {@code name} (such as {@code FeedRanker}). */
    public static Class<?> byName(String name) {
        return ALL.stream().filter(point -> point.getSimpleName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown extension point: " + name));
    }

    /** How {@code point} dispatches, from its {@link Dispatch} annotation. */
    public static Dispatch dispatch(Class<?> point) {
        Dispatch dispatch = point.getAnnotation(Dispatch.class);
        if (dispatch == null) {
            throw new IllegalStateException(point.getName() + " declares no @Dispatch");
        }
        return dispatch;
    }
}
