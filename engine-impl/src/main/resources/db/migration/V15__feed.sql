-- A reader's "Show less like this" on a feed card: the story's writer (WRITER, a user's public id) and its first
-- topic (TOPIC, a tag), which the ranker then lowers for this reader until they clear the list.
CREATE TABLE feed_show_less (
    user_id BIGINT NOT NULL REFERENCES app_user (id),
    kind VARCHAR(8) NOT NULL,
    subject VARCHAR(40) NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, kind, subject)
);

-- For You and the home page add the stories with a Boost in force.
CREATE INDEX story_boosted ON story (boosted_until);
