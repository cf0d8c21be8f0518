package org.masthead.engine.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.masthead.api.privacy.DataMap;
import org.masthead.api.privacy.PrivacyCompliance;
import org.masthead.api.privacy.PrivacyPolicy;

/**
 * The privacy notice: the data map with the active privacy plugin's purpose, legal basis and retention for each
 * data set. Made on every request, so it always says what the engine does.
 */
@ApplicationScoped
public class PrivacyNotice {

    /**
     * One data set as the page shows it.
     *
     * @param retention in words: "deleted with the account" or how long it is kept after
     */
    public record Row(String dataSet, String category, String holds, String purpose, String legalBasis,
                      String retention) {
    }

    /**
     * What the site keeps and why.
     *
     * @param erasureDays     days after an account is closed until its data is deleted
     * @param ipRetentionDays days IP addresses are kept
     */
    public record Notice(long erasureDays, long ipRetentionDays, List<Row> dataSets) {
    }

    private final PrivacyCompliance compliance;

    @Inject
    public PrivacyNotice(PrivacyCompliance compliance) {
        this.compliance = compliance;
    }

    public Notice notice() {
        PrivacyPolicy policy = compliance.policy(PersonalData.MAP);
        Map<String, PrivacyPolicy.DataSetRule> rules = new HashMap<>();
        policy.dataSets().forEach(rule -> rules.put(rule.dataSet(), rule));
        List<Row> rows = PersonalData.MAP.dataSets().stream().map(set -> row(set, rules.get(set.name()))).toList();
        return new Notice(policy.erasureDelay().toDays(), policy.ipRetention().toDays(), rows);
    }

    /** A data set the plugin gave no rule for is shown as kept under no stated basis: the page never hides one. */
    private static Row row(DataMap.DataSet set, PrivacyPolicy.DataSetRule rule) {
        String category = words(set.category().name());
        if (rule == null) {
            return new Row(set.name(), category, set.description(), "not stated by the privacy plugin",
                    "not stated", "not stated");
        }
        return new Row(set.name(), category, set.description(), rule.purpose(), words(rule.legalBasis().name()),
                retention(rule.retention()));
    }

    private static String retention(Duration retention) {
        if (retention.isZero()) {
            return "deleted with the account";
        }
        long days = retention.toDays();
        return days >= 365 ? "kept " + days / 365 + " years after the account is closed"
                : "kept " + days + " days after the account is closed";
    }

    private static String words(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
