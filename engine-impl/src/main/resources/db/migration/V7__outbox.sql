-- The outbox: every change other features react to (search index, mail, caches) is appended here in the same
-- transaction as the change itself, so nothing is lost on a crash and every node can tail it by id.
CREATE TABLE outbox_event (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    topic VARCHAR(60) NOT NULL,
    subject_id BIGINT NOT NULL,
    detail VARCHAR(2000) DEFAULT '' NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX outbox_event_created ON outbox_event (created_at);

-- How far each cluster-wide outbox consumer (mail, notifications) has got.
CREATE TABLE outbox_cursor (
    consumer VARCHAR(100) NOT NULL PRIMARY KEY,
    position BIGINT NOT NULL
);

-- Leases make a job run on one node at a time: taken with a conditional UPDATE, given up by expiring.
CREATE TABLE job_lease (
    name VARCHAR(100) NOT NULL PRIMARY KEY,
    holder VARCHAR(64) NOT NULL,
    expires_at BIGINT NOT NULL
);
