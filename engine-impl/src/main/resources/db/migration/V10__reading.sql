-- Reading events: what the story page's beacon reports (views, reading time, reads, presentations in feeds) and the
-- aggregates writers' stats, payouts and ranking read. Beacons write only rows of their own page view (or append
-- presentation rows); a job folds them into the per-reader and per-story aggregates, so a popular story never
-- makes its readers wait on one counter row. Times are epoch milliseconds; days are UTC days since 1970-01-01.

-- Set by the membership feature: a person is a member while member_until is in the future (NULL: not a member).
ALTER TABLE app_user ADD COLUMN member_until BIGINT;

-- One story page view, from its first beacon on; only that page's own beacons update it. The reader is a signed-in
-- person ('u' + user id) or a logged-out browser ('a' + hash of its reader cookie). Kept two days.
CREATE TABLE reading_view (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    nonce VARCHAR(24) NOT NULL,
    story_id BIGINT NOT NULL REFERENCES story (id),
    reader_key VARCHAR(40) NOT NULL,
    user_id BIGINT REFERENCES app_user (id),
    is_member BOOLEAN NOT NULL,
    source VARCHAR(12) NOT NULL,
    referrer_host VARCHAR(100) NOT NULL,
    day INT NOT NULL,
    issued_at BIGINT NOT NULL,
    -- The visible reading seconds the page last reported, and the part of them credited after the caps.
    reported_seconds INT NOT NULL,
    reading_seconds INT NOT NULL,
    cap_seconds INT NOT NULL,
    -- Set by the fold: 1 for a counted view, 0 for a repeat within the view window; NULL until folded.
    counted SMALLINT,
    is_read BOOLEAN DEFAULT FALSE NOT NULL,
    folded_seconds INT DEFAULT 0 NOT NULL,
    -- 1 while the view holds something the aggregates do not have yet.
    pending SMALLINT NOT NULL,
    CONSTRAINT reading_view_nonce UNIQUE (nonce)
);
CREATE INDEX reading_view_pending ON reading_view (pending, id);
CREATE INDEX reading_view_reader ON reading_view (reader_key, story_id, issued_at);
CREATE INDEX reading_view_issued ON reading_view (issued_at);

-- Stories shown in a feed, as reported, until the fold counts them.
CREATE TABLE reading_presentation (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    story_public_id VARCHAR(16) NOT NULL,
    surface VARCHAR(12) NOT NULL,
    day INT NOT NULL
);

-- What one reader read of one story on one day: the input of payouts (member reading time, reads of 30 seconds or
-- more) and of reading history. Signed-in readers' rows are kept; logged-out readers' rows two days.
CREATE TABLE reader_daily (
    day INT NOT NULL,
    story_id BIGINT NOT NULL REFERENCES story (id),
    reader_key VARCHAR(40) NOT NULL,
    user_id BIGINT REFERENCES app_user (id),
    is_member BOOLEAN NOT NULL,
    views INT NOT NULL,
    reading_seconds INT NOT NULL,
    member_reading_seconds INT NOT NULL,
    is_read BOOLEAN NOT NULL,
    first_view_at BIGINT NOT NULL,
    PRIMARY KEY (day, story_id, reader_key)
);
-- Payouts stream a day's members in order; ranking and history look up a person's reading.
CREATE INDEX reader_daily_members ON reader_daily (day, is_member, user_id, story_id);
CREATE INDEX reader_daily_user ON reader_daily (user_id, story_id);

ALTER TABLE story_daily_stats ADD COLUMN presentations BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE story_daily_stats ADD COLUMN readers BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE story_daily_stats ADD COLUMN member_views BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE story_daily_stats ADD COLUMN member_reads BIGINT DEFAULT 0 NOT NULL;

-- Per-story counters by day and traffic source (a feed surface, search, an external site's host, a friend link…).
CREATE TABLE story_source_daily (
    story_id BIGINT NOT NULL REFERENCES story (id),
    day INT NOT NULL,
    source VARCHAR(12) NOT NULL,
    referrer_host VARCHAR(100) NOT NULL,
    presentations BIGINT DEFAULT 0 NOT NULL,
    views BIGINT DEFAULT 0 NOT NULL,
    reads BIGINT DEFAULT 0 NOT NULL,
    reading_seconds BIGINT DEFAULT 0 NOT NULL,
    PRIMARY KEY (story_id, day, source, referrer_host)
);
