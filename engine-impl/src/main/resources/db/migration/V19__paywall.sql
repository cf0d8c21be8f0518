-- The meter of free member-only stories: one row per reader, calendar month (UTC, yyyymm) and story opened under
-- the meter. reader_key is 'u:<user id>' for a signed-in reader, 'c:<meter cookie id>' for a signed-out browser.
CREATE TABLE meter_read (
    reader_key VARCHAR(40) NOT NULL,
    month INT NOT NULL,
    story_id BIGINT NOT NULL REFERENCES story (id) ON DELETE CASCADE,
    read_at BIGINT NOT NULL,
    PRIMARY KEY (reader_key, month, story_id)
);
