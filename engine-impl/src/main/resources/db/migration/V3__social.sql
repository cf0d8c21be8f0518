-- Masthead schema, version 3: the social graph and engagement (follows, claps, highlights, reading lists, mutes,
-- blocks, reports) and per-story daily counters. Portable across Derby and PostgreSQL; times are epoch
-- milliseconds in BIGINT columns.

CREATE TABLE user_follow (
    follower_id BIGINT NOT NULL REFERENCES app_user (id),
    followee_id BIGINT NOT NULL REFERENCES app_user (id),
    created_at BIGINT NOT NULL,
    PRIMARY KEY (follower_id, followee_id)
);
-- Follower counts, and the followers a writer gained since a story was published.
CREATE INDEX user_follow_followee ON user_follow (followee_id, created_at);

CREATE TABLE publication_follow (
    user_id BIGINT NOT NULL REFERENCES app_user (id),
    publication_id BIGINT NOT NULL REFERENCES publication (id),
    created_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, publication_id)
);
CREATE INDEX publication_follow_publication ON publication_follow (publication_id);

CREATE TABLE tag_follow (
    user_id BIGINT NOT NULL REFERENCES app_user (id),
    tag VARCHAR(40) NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, tag)
);
CREATE INDEX tag_follow_tag ON tag_follow (tag);

CREATE TABLE user_mute (
    user_id BIGINT NOT NULL REFERENCES app_user (id),
    muted_user_id BIGINT NOT NULL REFERENCES app_user (id),
    created_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, muted_user_id)
);
CREATE INDEX user_mute_muted ON user_mute (muted_user_id);

CREATE TABLE publication_mute (
    user_id BIGINT NOT NULL REFERENCES app_user (id),
    publication_id BIGINT NOT NULL REFERENCES publication (id),
    created_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, publication_id)
);
CREATE INDEX publication_mute_publication ON publication_mute (publication_id);

CREATE TABLE user_block (
    blocker_id BIGINT NOT NULL REFERENCES app_user (id),
    blocked_id BIGINT NOT NULL REFERENCES app_user (id),
    created_at BIGINT NOT NULL,
    PRIMARY KEY (blocker_id, blocked_id)
);
CREATE INDEX user_block_blocked ON user_block (blocked_id);

-- A reader's claps on a story: one row, at most 50 in total. Totals are summed from here, never kept on a node.
CREATE TABLE story_clap (
    story_id BIGINT NOT NULL REFERENCES story (id),
    user_id BIGINT NOT NULL REFERENCES app_user (id),
    claps INT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (story_id, user_id),
    CONSTRAINT story_clap_range CHECK (claps BETWEEN 1 AND 50)
);
CREATE INDEX story_clap_user ON story_clap (user_id);

-- The clap requests already applied, so that a client retrying a request is counted once.
CREATE TABLE clap_request (
    user_id BIGINT NOT NULL REFERENCES app_user (id),
    story_id BIGINT NOT NULL REFERENCES story (id),
    request_id VARCHAR(64) NOT NULL,
    claps INT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, story_id, request_id)
);
CREATE INDEX clap_request_story ON clap_request (story_id);

-- A highlight anchors to a paragraph by its index and a hash of its text, so it survives edits elsewhere in the
-- story; the quote is kept to show a highlight whose paragraph changed.
CREATE TABLE highlight (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    public_id VARCHAR(16) NOT NULL,
    story_id BIGINT NOT NULL REFERENCES story (id),
    user_id BIGINT NOT NULL REFERENCES app_user (id),
    paragraph_index INT NOT NULL,
    paragraph_hash VARCHAR(8) NOT NULL,
    start_offset INT NOT NULL,
    end_offset INT NOT NULL,
    quote_text VARCHAR(2000) NOT NULL,
    created_at BIGINT NOT NULL,
    CONSTRAINT highlight_public_id UNIQUE (public_id),
    CONSTRAINT highlight_passage UNIQUE (story_id, user_id, paragraph_index, paragraph_hash, start_offset, end_offset)
);
-- The writer's most highlighted passages.
CREATE INDEX highlight_story_passage ON highlight (story_id, paragraph_hash, start_offset, end_offset);
CREATE INDEX highlight_user ON highlight (user_id);

CREATE TABLE reading_list (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    public_id VARCHAR(16) NOT NULL,
    owner_id BIGINT NOT NULL REFERENCES app_user (id),
    -- The owner's id on their default Reading list only, NULL on other lists: both databases let a unique column
    -- hold many NULLs, so this allows one Reading list per reader even when two first bookmarks race.
    reading_list_of BIGINT REFERENCES app_user (id),
    name VARCHAR(100) NOT NULL,
    description VARCHAR(280) DEFAULT '' NOT NULL,
    is_public BOOLEAN DEFAULT FALSE NOT NULL,
    created_at BIGINT NOT NULL,
    CONSTRAINT reading_list_public_id UNIQUE (public_id),
    CONSTRAINT reading_list_default UNIQUE (reading_list_of)
);
CREATE INDEX reading_list_owner ON reading_list (owner_id, created_at);

CREATE TABLE reading_list_story (
    list_id BIGINT NOT NULL REFERENCES reading_list (id),
    story_id BIGINT NOT NULL REFERENCES story (id),
    added_at BIGINT NOT NULL,
    PRIMARY KEY (list_id, story_id)
);
CREATE INDEX reading_list_story_added ON reading_list_story (list_id, added_at);
CREATE INDEX reading_list_story_story ON reading_list_story (story_id);

CREATE TABLE story_report (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    public_id VARCHAR(16) NOT NULL,
    story_id BIGINT NOT NULL REFERENCES story (id),
    reporter_id BIGINT NOT NULL REFERENCES app_user (id),
    -- The reporter's id while the report is open, NULL once moderation closes it: the unique constraint then
    -- allows one open report per reader and story, and any number of closed ones.
    open_reporter_id BIGINT,
    reason VARCHAR(16) NOT NULL,
    note VARCHAR(1000) DEFAULT '' NOT NULL,
    created_at BIGINT NOT NULL,
    CONSTRAINT story_report_public_id UNIQUE (public_id),
    CONSTRAINT story_report_open UNIQUE (story_id, open_reporter_id)
);
CREATE INDEX story_report_reporter ON story_report (reporter_id);

-- Per-story counters by UTC day (days since 1970-01-01), written by the reading beacon. The primary key is the
-- index the writer's stats read by.
CREATE TABLE story_daily_stats (
    story_id BIGINT NOT NULL REFERENCES story (id),
    day INT NOT NULL,
    views BIGINT DEFAULT 0 NOT NULL,
    reads BIGINT DEFAULT 0 NOT NULL,
    reading_seconds BIGINT DEFAULT 0 NOT NULL,
    member_reading_seconds BIGINT DEFAULT 0 NOT NULL,
    PRIMARY KEY (story_id, day)
);
