-- What a membership costs. A plan's price may change; memberships keep the price they were bought at.
CREATE TABLE membership_plan (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code VARCHAR(40) NOT NULL,
    name VARCHAR(100) NOT NULL,
    period VARCHAR(8) NOT NULL,
    price_minor BIGINT NOT NULL,
    currency CHAR(3) NOT NULL,
    created_at BIGINT NOT NULL,
    CONSTRAINT membership_plan_code UNIQUE (code),
    CONSTRAINT membership_plan_price CHECK (price_minor > 0)
);

-- One paid (or comped) period of membership. A person is a member on the UTC days [start_day, end_day); the
-- price is spread over the nominal days [start_day, period_end_day), so a refund that ends the period early
-- (end_day moves) never changes what the days before it were worth.
CREATE TABLE membership (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    public_id VARCHAR(16) NOT NULL,
    user_id BIGINT NOT NULL REFERENCES app_user (id),
    plan_id BIGINT NOT NULL REFERENCES membership_plan (id),
    source VARCHAR(12) NOT NULL,
    external_ref VARCHAR(100),
    state VARCHAR(12) NOT NULL,
    price_minor BIGINT NOT NULL,
    currency CHAR(3) NOT NULL,
    start_day INT NOT NULL,
    period_end_day INT NOT NULL,
    end_day INT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    CONSTRAINT membership_public_id UNIQUE (public_id),
    CONSTRAINT membership_days CHECK (start_day < period_end_day AND start_day <= end_day)
);
CREATE INDEX membership_user ON membership (user_id, end_day);
CREATE INDEX membership_days ON membership (start_day, end_day);

-- One row per UTC day the payout run finished (DONE) or last failed (FAILED, with why). A DONE day is never
-- run again: its ledger lines were written in the same transaction.
CREATE TABLE payout_day (
    day INT NOT NULL PRIMARY KEY,
    state VARCHAR(8) NOT NULL,
    model VARCHAR(100) NOT NULL,
    members INT NOT NULL,
    error VARCHAR(1000),
    ran_at BIGINT NOT NULL
);

-- The earnings ledger: append-only, one line per (day, story, currency) with the inputs that produced it.
CREATE TABLE earnings_line (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    day INT NOT NULL,
    writer_id BIGINT NOT NULL REFERENCES app_user (id),
    story_id BIGINT NOT NULL REFERENCES story (id),
    currency CHAR(3) NOT NULL,
    amount_minor BIGINT NOT NULL,
    members INT NOT NULL,
    reading_seconds BIGINT NOT NULL,
    points DOUBLE PRECISION NOT NULL,
    detail ${text} NOT NULL,
    created_at BIGINT NOT NULL,
    CONSTRAINT earnings_line_once UNIQUE (day, story_id, currency)
);
CREATE INDEX earnings_line_writer ON earnings_line (writer_id, day);

-- Per day and currency, the dues that went to no writer (the platform's share, unread dues), and why.
CREATE TABLE payout_remainder (
    day INT NOT NULL,
    currency CHAR(3) NOT NULL,
    dues_minor BIGINT NOT NULL,
    amount_minor BIGINT NOT NULL,
    reasons ${text} NOT NULL,
    PRIMARY KEY (day, currency)
);
