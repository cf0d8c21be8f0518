package org.masthead.plugins.privacy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.masthead.api.content.Reason;
import org.masthead.api.privacy.ConsentDecision;
import org.masthead.api.privacy.ConsentRequest;
import org.masthead.api.privacy.DataCategory;
import org.masthead.api.privacy.DataMap;
import org.masthead.api.privacy.ErasurePlan;
import org.masthead.api.privacy.ErasureRequest;
import org.masthead.api.privacy.LegalBasis;
import org.masthead.api.privacy.PrivacyCompliance;
import org.masthead.api.privacy.PrivacyPolicy;
import org.pf4j.Extension;

/**
 * The default privacy rules, after Medium's privacy policy: a closed account's data is deleted 14 days later except
 * payment records, which the law makes us keep for 10 years; published stories may stay up anonymized if the
 * person chose so; anything beyond running the site needs consent, and "Do Not Sell or Share" (or the browser's
 * Global Privacy Control signal) always wins over an earlier consent to sale.
 */
@Extension
public class GdprCcpaCompliance implements PrivacyCompliance {

    static final Duration ERASURE_DELAY = Duration.ofDays(14);
    static final Duration IP_RETENTION = Duration.ofDays(30);
    /** Ten years, the longest retention tax and accounting law asks of payment records. */
    static final Duration TRANSACTIONAL_RETENTION = Duration.ofDays(3653);
    /** The purpose that running the site itself needs, which requires no consent. */
    static final String ESSENTIAL = "essential";

    @Override
    public PrivacyPolicy policy(DataMap dataMap) {
        return new PrivacyPolicy(dataMap.dataSets().stream().map(GdprCcpaCompliance::rule).toList(), ERASURE_DELAY,
                IP_RETENTION);
    }

    @Override
    public ErasurePlan planErasure(ErasureRequest request) {
        return new ErasurePlan(request.closedAt().plus(ERASURE_DELAY),
                request.dataMap().dataSets().stream().map(dataSet -> step(dataSet, request)).toList());
    }

    @Override
    public ConsentDecision consent(ConsentRequest request) {
        String purpose = request.purpose();
        if (purpose.equals(ESSENTIAL)) {
            return ConsentDecision.allow(Reason.of("consent.essential", "Needed to run the site; needs no consent"));
        }
        if (purpose.startsWith("sale")) {
            if (request.globalPrivacyControl()) {
                return ConsentDecision.deny(Reason.of("consent.global-privacy-control",
                        "The browser's Global Privacy Control signal opts out of sale and sharing"));
            }
            if (request.optedOutOfSale()) {
                return ConsentDecision.deny(Reason.of("consent.opted-out-of-sale",
                        "The person chose Do Not Sell or Share"));
            }
        }
        return request.granted().contains(purpose)
                ? ConsentDecision.allow(Reason.of("consent.granted", "The person consented to " + purpose))
                : ConsentDecision.deny(Reason.of("consent.not-granted", "The person has not consented to " + purpose));
    }

    private static PrivacyPolicy.DataSetRule rule(DataMap.DataSet dataSet) {
        DataCategory category = dataSet.category();
        return new PrivacyPolicy.DataSetRule(dataSet.name(), dataSet.description(), legalBasis(category),
                category == DataCategory.TRANSACTIONAL ? TRANSACTIONAL_RETENTION : Duration.ZERO);
    }

    private static LegalBasis legalBasis(DataCategory category) {
        return switch (category) {
            case IDENTIFIERS, CONTENT, ACTIVITY -> LegalBasis.CONTRACT;
            case TRANSACTIONAL -> LegalBasis.LEGAL_OBLIGATION;
            case DEVICE_USAGE -> LegalBasis.LEGITIMATE_INTEREST;
            case INFERENCES -> LegalBasis.CONSENT;
        };
    }

    private static ErasurePlan.Step step(DataMap.DataSet dataSet, ErasureRequest request) {
        Duration retention = rule(dataSet).retention();
        if (!retention.isZero()) {
            Instant until = request.closedAt().plus(retention);
            return new ErasurePlan.Step(dataSet.name(), ErasurePlan.Action.RETAIN, until, Reason.of(
                    "erasure.legal-obligation", "Kept until " + LocalDate.ofInstant(until, ZoneOffset.UTC)
                            + " because tax and accounting law requires it"));
        }
        if (dataSet.category() == DataCategory.CONTENT && request.keepPublishedContent()) {
            return new ErasurePlan.Step(dataSet.name(), ErasurePlan.Action.ANONYMIZE, null, Reason.of(
                    "erasure.published-content-kept", "Kept up without the author's name, as the person chose"));
        }
        return new ErasurePlan.Step(dataSet.name(), ErasurePlan.Action.DELETE, null, Reason.of("erasure.deleted",
                "Deleted " + ERASURE_DELAY.toDays() + " days after the account was closed"));
    }
}
