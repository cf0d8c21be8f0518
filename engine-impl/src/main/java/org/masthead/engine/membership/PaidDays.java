package org.masthead.engine.membership;

/**
 * What becomes of days a refund takes back from a membership after they may have been paid to writers. The payout
 * feature implements it (so membership does not depend on payouts); it runs inside the refund's transaction, and
 * when it throws, the refund does not happen.
 */
public interface PaidDays {

    /**
     * A refund no longer lets the period cover the UTC days {@code fromDay} (included) to {@code toDay} (excluded).
     *
     * @param membershipId the period's database id
     * @param publicId     its id as the API shows it
     */
    record Voided(long membershipId, String publicId, int fromDay, int toDay) {
    }

    void voided(Voided voided);
}
