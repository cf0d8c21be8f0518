-- Publications: settings, deletion, the submission workflow between writers and editors, featured stories.

ALTER TABLE publication ADD COLUMN description VARCHAR(2000) DEFAULT '' NOT NULL;
ALTER TABLE publication ADD COLUMN deleted_at BIGINT;

CREATE TABLE publication_submission (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    public_id VARCHAR(16) NOT NULL,
    publication_id BIGINT NOT NULL REFERENCES publication (id),
    story_id BIGINT NOT NULL REFERENCES story (id),
    writer_id BIGINT NOT NULL REFERENCES app_user (id),
    state VARCHAR(20) NOT NULL,
    note VARCHAR(1000) DEFAULT '' NOT NULL,
    decided_by BIGINT REFERENCES app_user (id),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    CONSTRAINT publication_submission_public_id UNIQUE (public_id),
    CONSTRAINT publication_submission_story UNIQUE (publication_id, story_id)
);
CREATE INDEX publication_submission_queue ON publication_submission (publication_id, state, updated_at);
CREATE INDEX publication_submission_writer ON publication_submission (writer_id, updated_at);

CREATE TABLE publication_feature (
    publication_id BIGINT NOT NULL REFERENCES publication (id),
    story_id BIGINT NOT NULL REFERENCES story (id),
    featured_by BIGINT NOT NULL REFERENCES app_user (id),
    featured_at BIGINT NOT NULL,
    PRIMARY KEY (publication_id, story_id)
);
CREATE INDEX publication_feature_recent ON publication_feature (publication_id, featured_at);
