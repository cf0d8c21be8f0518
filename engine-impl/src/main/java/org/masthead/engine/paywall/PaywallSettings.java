package org.masthead.engine.paywall;

import java.net.URI;
import java.net.URISyntaxException;
import org.masthead.engine.site.Tunable;

/**
 * The paywall that admins tune.
 *
 * @param freeStoriesPerMonth member-only stories a non-member may open each calendar month (UTC) before the
 *                            paywall, replenished on the 1st: 3 was Medium's long-time meter, 0 is a strict paywall
 *                            (0 to 100)
 * @param checkoutUrl         the payment provider's checkout page the offer links to, with
 *                            {@code ?plan=<code>&customer=<the reader's id>} added; empty for none (the offer then lists the plans only)
 */
public record PaywallSettings(Integer freeStoriesPerMonth, String checkoutUrl)
        implements Tunable<PaywallSettings> {
    static final PaywallSettings DEFAULTS = new PaywallSettings(3, "");
    static final int MAX_FREE = 100;

    /** Fills what a partial update left out from {@code current}, and validates the result. */
    @Override
    public PaywallSettings over(PaywallSettings current) {
        PaywallSettings merged = new PaywallSettings(
                freeStoriesPerMonth != null ? freeStoriesPerMonth : current.freeStoriesPerMonth(),
                checkoutUrl != null ? checkoutUrl.strip() : current.checkoutUrl());
        if (merged.freeStoriesPerMonth() < 0 || merged.freeStoriesPerMonth() > MAX_FREE) {
            throw new IllegalArgumentException("freeStoriesPerMonth must be between 0 and " + MAX_FREE);
        }
        if (!merged.checkoutUrl().isEmpty() && !isHttpUrl(merged.checkoutUrl())) {
            throw new IllegalArgumentException("checkoutUrl must be an absolute http or https URL, or empty");
        }
        return merged;
    }

    private static boolean isHttpUrl(String url) {
        try {
            URI uri = new URI(url);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getRawQuery() == null && uri.getRawFragment() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
