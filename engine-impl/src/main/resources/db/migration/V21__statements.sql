-- What writers give back for days already paid when a membership is refunded back into them (a full refund, or a
-- refund the provider reported late). Each story that member's dues paid on such a day gives back what it got,
-- recomputed with that day's model; the adjustment is recorded on the day of the refund, so it lands in the
-- statement of that month: the months already stated never change.
CREATE TABLE earnings_adjustment (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    day INT NOT NULL,
    source_day INT NOT NULL,
    membership_id BIGINT NOT NULL REFERENCES membership (id),
    writer_id BIGINT NOT NULL REFERENCES app_user (id),
    story_id BIGINT NOT NULL REFERENCES story (id),
    currency CHAR(3) NOT NULL,
    amount_minor BIGINT NOT NULL,
    reason VARCHAR(200) NOT NULL,
    created_at BIGINT NOT NULL,
    CONSTRAINT earnings_adjustment_once UNIQUE (membership_id, source_day, story_id, currency)
);
CREATE INDEX earnings_adjustment_writer ON earnings_adjustment (writer_id, day);
CREATE INDEX earnings_adjustment_day ON earnings_adjustment (day);

-- A monthly payout run: statements of every writer up to the month's end, DRAFT until an admin approves it, then
-- APPROVED and exported to the payment provider. Runs follow each other: each starts where the last one ended.
CREATE TABLE payout_batch (
    first_day INT NOT NULL PRIMARY KEY,
    last_day INT NOT NULL,
    since_day INT NOT NULL,
    state VARCHAR(8) NOT NULL,
    created_by BIGINT NOT NULL REFERENCES app_user (id),
    created_at BIGINT NOT NULL,
    approved_by BIGINT REFERENCES app_user (id),
    approved_at BIGINT
);

-- One writer's statement in one currency: what they earned since the last run, the adjustments, the balance
-- carried in from the last run; paid when the balance reaches the currency's minimum, carried out otherwise.
CREATE TABLE payout_statement (
    first_day INT NOT NULL REFERENCES payout_batch (first_day),
    writer_id BIGINT NOT NULL REFERENCES app_user (id),
    currency CHAR(3) NOT NULL,
    earned_minor BIGINT NOT NULL,
    adjusted_minor BIGINT NOT NULL,
    carried_in_minor BIGINT NOT NULL,
    minimum_minor BIGINT NOT NULL,
    payable_minor BIGINT NOT NULL,
    carried_out_minor BIGINT NOT NULL,
    PRIMARY KEY (first_day, writer_id, currency)
);
CREATE INDEX payout_statement_writer ON payout_statement (writer_id, first_day);

-- The read ratio each line's story was paid with (its readers that day, and those who read 30 s or more), so that
-- a day computed again for a refund sees the same ratio after logged-out readers' rows are gone. 0: not recorded.
ALTER TABLE earnings_line ADD COLUMN story_readers BIGINT NOT NULL DEFAULT 0;
ALTER TABLE earnings_line ADD COLUMN story_reads BIGINT NOT NULL DEFAULT 0;
