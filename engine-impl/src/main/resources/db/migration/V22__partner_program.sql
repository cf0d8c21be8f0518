-- Writers in the Partner Program: only their member-only stories earn. Their payout details stay with the payment
-- provider; payout_reference is the provider's id of the account to pay. The writer confirms their age; their
-- date of birth is not asked for.
CREATE TABLE partner_enrolment (
    user_id BIGINT NOT NULL PRIMARY KEY REFERENCES app_user (id),
    country CHAR(2) NOT NULL,
    age_confirmed BOOLEAN NOT NULL,
    payout_reference VARCHAR(100),
    source VARCHAR(8) NOT NULL,
    enrolled_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

-- Set by staff when a story breaks the Partner Program's content rules: it stays readable and earns nothing.
ALTER TABLE story ADD COLUMN earning_block VARCHAR(20);
