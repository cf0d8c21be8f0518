package org.masthead.api.privacy;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The rules the engine carries out.
 *
 * @param dataSets      one rule per data set of the {@link DataMap}
 * @param erasureDelay  how long after an account is closed its data is deleted (at most 30 days)
 * @param ipRetention   how long IP addresses are kept
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record PrivacyPolicy(List<DataSetRule> dataSets, Duration erasureDelay, Duration ipRetention) {

    /** The longest erasure delay the engine accepts. */
    public static final Duration MAX_ERASURE_DELAY = Duration.ofDays(30);

    public PrivacyPolicy {
        dataSets = List.copyOf(dataSets);
        Objects.requireNonNull(erasureDelay, "erasureDelay");
        Objects.requireNonNull(ipRetention, "ipRetention");
        if (erasureDelay.isNegative() || erasureDelay.compareTo(MAX_ERASURE_DELAY) > 0) {
            throw new IllegalArgumentException("erasure delay must be between 0 and 30 days: " + erasureDelay);
        }
    }

    /**
     * Why and how long one data set is kept.
     *
     * @param dataSet    the data set's name
     * @param purpose    what it is used for, in words the privacy page can show
     * @param legalBasis the legal basis
     * @param retention  how long it is kept after the account closes, {@link Duration#ZERO} for "deleted with
     *                   the account"
     */
    public record DataSetRule(String dataSet, String purpose, LegalBasis legalBasis, Duration retention) {
        public DataSetRule {
            Objects.requireNonNull(dataSet, "dataSet");
            Objects.requireNonNull(purpose, "purpose");
            Objects.requireNonNull(legalBasis, "legalBasis");
            Objects.requireNonNull(retention, "retention");
        }
    }
}
