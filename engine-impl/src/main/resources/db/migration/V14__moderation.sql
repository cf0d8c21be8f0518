-- Moderation and Boost: what curators decided about readers' reports, stories hidden from the network or the
-- whole site, suspended accounts, publication editors' Boost nominations and the curators' Staff Picks.

-- NONE; NETWORK_HIDDEN: off For You, the home page, tag pages and digests, still at its URL; SITE_HIDDEN: gone for
-- everyone but its writer and staff.
ALTER TABLE story ADD COLUMN moderation VARCHAR(16) DEFAULT 'NONE' NOT NULL;

ALTER TABLE story_report ADD COLUMN resolved_at BIGINT;
ALTER TABLE story_report ADD COLUMN resolved_by BIGINT REFERENCES app_user (id);
-- DISMISSED, HIDDEN_NETWORK, HIDDEN_SITE or AUTHOR_SUSPENDED
ALTER TABLE story_report ADD COLUMN resolution VARCHAR(20);
CREATE INDEX story_report_queue ON story_report (open_reporter_id, story_id);

-- A suspended account cannot sign in and its stories and profile are hidden; the note tells its owner why and how
-- to appeal.
ALTER TABLE app_user ADD COLUMN suspended_at BIGINT;
ALTER TABLE app_user ADD COLUMN suspension_note VARCHAR(1000);

-- How many stories the publication's editors may nominate for Boost each calendar month; NULL: the site's default.
ALTER TABLE publication ADD COLUMN boost_quota INT;

-- One nomination per story ever: a story nominated once cannot be nominated again, by any publication.
CREATE TABLE boost_nomination (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    public_id VARCHAR(16) NOT NULL,
    story_id BIGINT NOT NULL REFERENCES story (id),
    publication_id BIGINT NOT NULL REFERENCES publication (id),
    editor_id BIGINT NOT NULL REFERENCES app_user (id),
    -- seen only by curators
    note VARCHAR(1000) DEFAULT '' NOT NULL,
    -- PENDING, ACCEPTED or REJECTED
    state VARCHAR(10) NOT NULL,
    decided_by BIGINT REFERENCES app_user (id),
    decided_at BIGINT,
    created_at BIGINT NOT NULL,
    CONSTRAINT boost_nomination_public_id UNIQUE (public_id),
    CONSTRAINT boost_nomination_story UNIQUE (story_id)
);
CREATE INDEX boost_nomination_quota ON boost_nomination (publication_id, created_at);
CREATE INDEX boost_nomination_queue ON boost_nomination (state, created_at);

CREATE TABLE staff_pick (
    story_id BIGINT NOT NULL PRIMARY KEY REFERENCES story (id),
    picked_by BIGINT NOT NULL REFERENCES app_user (id),
    picked_at BIGINT NOT NULL
);
CREATE INDEX staff_pick_newest ON staff_pick (picked_at);
