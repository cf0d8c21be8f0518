-- Curation: the writer's content flags the Distribution Standards read, the curator queue, the one appeal, the
-- append-only trail of every curation decision, and the MinHash index that finds near-duplicate stories.

ALTER TABLE story ADD COLUMN nsfw BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE story ADD COLUMN ai_disclosed BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE story ADD COLUMN appeal_used BOOLEAN DEFAULT FALSE NOT NULL;
-- When the story joined a curator's queue (eligible and waiting, or appealed); NULL while nobody needs to look.
ALTER TABLE story ADD COLUMN review_queued_at BIGINT;
-- The automatic check could not run at publish (the policy failed or timed out): the curation sweep retries it.
ALTER TABLE story ADD COLUMN curation_check_due BOOLEAN DEFAULT FALSE NOT NULL;

CREATE INDEX story_review_queue ON story (review_queued_at);
CREATE INDEX story_review_window ON story (curation_status, curation_eligible_at);
CREATE INDEX story_curation_check ON story (curation_check_due);

-- Never updated or deleted: who (NULL for the automatic check), when, what the event was, and which rules fired.
CREATE TABLE curation_decision (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    story_id BIGINT NOT NULL REFERENCES story (id),
    actor_id BIGINT REFERENCES app_user (id),
    event VARCHAR(30) NOT NULL,
    status_before VARCHAR(20) NOT NULL,
    status_after VARCHAR(20) NOT NULL,
    primary_topic VARCHAR(60),
    boosted_until BIGINT,
    note VARCHAR(1000) DEFAULT '' NOT NULL,
    reasons ${text} NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX curation_decision_story ON curation_decision (story_id, id);

-- A story's MinHash signature (64 bucket minima of its word 3-shingles, hex) and its LSH band keys: a new story
-- is compared only with the stories that share a band key, never with the whole site.
CREATE TABLE story_minhash (
    story_id BIGINT NOT NULL PRIMARY KEY REFERENCES story (id),
    signature VARCHAR(1024) NOT NULL
);
CREATE TABLE story_lsh_band (
    band_key BIGINT NOT NULL,
    story_id BIGINT NOT NULL REFERENCES story (id),
    PRIMARY KEY (band_key, story_id)
);
