package org.masthead.engine.payout;

import java.util.Map;
import java.util.TreeMap;
import org.masthead.engine.membership.MembershipService;
import org.masthead.engine.site.StoredSettings;
import org.masthead.engine.site.Tunable;

/**
 * How monthly payouts are made, tuned by admins.
 *
 * @param minimumPayout per ISO currency code, the smallest balance paid out, in minor units; a smaller balance is
 *                      carried over to the next run. A currency not listed has none. A change replaces the whole map.
 *                      Medium's: none for most currencies, 1.00 EUR and GBP, 25.00 CHF.
 * @param remainderRule what becomes of the dues of members whose reading that day earned no story anything:
 *                      {@code platform} (kept, the default) or {@code pro-rata} (shared with the day's writers)
 * @param proRataShare  under {@code pro-rata}, the share of those dues given to writers, in proportion to what each
 *                      story earned that day (0 to 1)
 */
public record PayoutSettings(Map<String, Long> minimumPayout, String remainderRule, Double proRataShare)
        implements Tunable<PayoutSettings> {
    static final String PLATFORM = "platform";
    static final String PRO_RATA = "pro-rata";
    static final PayoutSettings DEFAULTS = new PayoutSettings(Map.of("EUR", 100L, "GBP", 100L, "CHF", 2500L),
            PLATFORM, 0.5);
    static final long MAX_MINIMUM = 100_000_000L;

    /** The settings in effect. */
    static PayoutSettings current(StoredSettings settings) {
        return settings.current(PayoutStatements.SETTINGS, PayoutSettings.class, DEFAULTS);
    }

    /** The share of unread dues the day's writers get: 0 under the platform rule. */
    double unreadShare() {
        return PRO_RATA.equals(remainderRule) ? proRataShare : 0;
    }

    @Override
    public PayoutSettings over(PayoutSettings current) {
        String rule = remainderRule != null ? remainderRule : current.remainderRule();
        if (!PLATFORM.equals(rule) && !PRO_RATA.equals(rule)) {
            throw new IllegalArgumentException("remainderRule must be platform or pro-rata");
        }
        double share = proRataShare != null ? proRataShare : current.proRataShare();
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("proRataShare must be between 0 and 1");
        }
        Map<String, Long> minimums = new TreeMap<>();
        for (Map.Entry<String, Long> entry : (minimumPayout != null ? minimumPayout : current.minimumPayout())
                .entrySet()) {
            if (!MembershipService.isCurrency(entry.getKey())) {
                throw new IllegalArgumentException("minimumPayout keys must be ISO 4217 codes such as EUR; "
                        + entry.getKey() + " is not one");
            }
            if (entry.getValue() == null || entry.getValue() < 0 || entry.getValue() > MAX_MINIMUM) {
                throw new IllegalArgumentException("minimumPayout of " + entry.getKey()
                        + " must be whole minor units between 0 and " + MAX_MINIMUM);
            }
            minimums.put(entry.getKey(), entry.getValue());
        }
        return new PayoutSettings(minimums, rule, share);
    }

    /** The minimum payout of {@code currency}, in its minor units. */
    long minimumOf(String currency) {
        return minimumPayout.getOrDefault(currency, 0L);
    }
}
