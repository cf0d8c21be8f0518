-- Story lifecycle: scheduled and unlisted publication, licenses, canonical URLs, member-only stories, soft
-- deletion, responses (stories attached to a parent story) and the revision history of every saved version.

ALTER TABLE story ADD COLUMN publish_at BIGINT;
ALTER TABLE story ADD COLUMN license VARCHAR(30) DEFAULT 'all-rights-reserved' NOT NULL;
ALTER TABLE story ADD COLUMN canonical_url VARCHAR(2000);
ALTER TABLE story ADD COLUMN member_only BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE story ADD COLUMN deleted_at BIGINT;
ALTER TABLE story ADD COLUMN parent_id BIGINT REFERENCES story (id);

CREATE INDEX story_scheduled ON story (status, publish_at);
CREATE INDEX story_parent ON story (parent_id, status, first_published_at);

CREATE TABLE story_revision (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    story_id BIGINT NOT NULL REFERENCES story (id),
    revision INT NOT NULL,
    title VARCHAR(300) NOT NULL,
    subtitle VARCHAR(300) NOT NULL,
    content_format VARCHAR(10) NOT NULL,
    content ${text} NOT NULL,
    created_at BIGINT NOT NULL,
    CONSTRAINT story_revision_number UNIQUE (story_id, revision)
);
