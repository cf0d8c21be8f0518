-- Mail and notifications: the mail outbox, mail preferences, the secret that signs links in mail, in-app
-- notifications, pending email changes, and whether a scheduled story tells its writer's followers when it goes out.
-- Columns that point at stories, publications or other people carry no foreign key on purpose: a notification or a
-- queued mail about a story that was purged is skipped, never an obstacle to the purge.

ALTER TABLE story ADD COLUMN notify_followers BOOLEAN DEFAULT FALSE NOT NULL;

-- One row per logical mail: mail_key ("newsletter:<story>:<user>") makes enqueueing idempotent, so a replayed
-- outbox event never makes a second mail. Mails are written when they are sent, from what subject_id points at.
-- state: QUEUED (waiting for next_attempt_at), SENDING (claimed by claimed_by until next_attempt_at), SENT, SKIPPED
-- (the person unsubscribed, or what it was about is gone), FAILED (refused for good by the SMTP server).
-- list_name is the mailing list a person can leave (newsletter, digest, follower…), empty for administrative mail.
CREATE TABLE mail_outbox (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    mail_key VARCHAR(200) NOT NULL,
    kind VARCHAR(40) NOT NULL,
    list_name VARCHAR(30) NOT NULL,
    user_id BIGINT NOT NULL REFERENCES app_user (id),
    to_address VARCHAR(254),
    subject_id BIGINT NOT NULL,
    detail VARCHAR(300) DEFAULT '' NOT NULL,
    priority INT NOT NULL,
    state VARCHAR(10) NOT NULL,
    attempts INT DEFAULT 0 NOT NULL,
    next_attempt_at BIGINT NOT NULL,
    claimed_by VARCHAR(64),
    last_error VARCHAR(500),
    created_at BIGINT NOT NULL,
    sent_at BIGINT,
    CONSTRAINT mail_outbox_key UNIQUE (mail_key)
);
-- What the sender claims next, and what /health counts.
CREATE INDEX mail_outbox_due ON mail_outbox (state, next_attempt_at);
CREATE INDEX mail_outbox_user ON mail_outbox (user_id);

-- A person's choice per mailing list: on/off, or daily/weekly/off for the digest. No row means the default.
CREATE TABLE mail_preference (
    user_id BIGINT NOT NULL REFERENCES app_user (id),
    list_name VARCHAR(30) NOT NULL,
    setting VARCHAR(10) NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, list_name)
);
CREATE INDEX mail_preference_list ON mail_preference (list_name, setting);

-- Secrets the engine generates for itself at first use, the same on every node (the key that signs unsubscribe and
-- confirmation links).
CREATE TABLE site_secret (
    name VARCHAR(40) NOT NULL PRIMARY KEY,
    secret_value VARCHAR(200) NOT NULL,
    created_at BIGINT NOT NULL
);

-- In-app notifications. notice_key is unique per logical notification ("follower:<user>:<follower>"), so replayed
-- events do not repeat one. detail holds what the notice needs beyond its ids (a decision, clap counts).
CREATE TABLE notification (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    public_id VARCHAR(16) NOT NULL,
    user_id BIGINT NOT NULL REFERENCES app_user (id),
    kind VARCHAR(20) NOT NULL,
    notice_key VARCHAR(200) NOT NULL,
    actor_id BIGINT,
    story_id BIGINT,
    publication_id BIGINT,
    detail VARCHAR(300) DEFAULT '' NOT NULL,
    created_at BIGINT NOT NULL,
    read_at BIGINT,
    CONSTRAINT notification_public_id UNIQUE (public_id),
    CONSTRAINT notification_key UNIQUE (notice_key)
);
CREATE INDEX notification_user ON notification (user_id, created_at);

-- A requested change of email address, until it is confirmed from the new address or expires.
CREATE TABLE email_change (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    public_id VARCHAR(16) NOT NULL,
    user_id BIGINT NOT NULL REFERENCES app_user (id),
    new_email VARCHAR(254) NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    CONSTRAINT email_change_public_id UNIQUE (public_id)
);
CREATE INDEX email_change_user ON email_change (user_id);

-- The last period (such as a UTC day number) a once-per-period job finished, so that it runs once per period.
CREATE TABLE periodic_run (
    job VARCHAR(100) NOT NULL PRIMARY KEY,
    period BIGINT NOT NULL
);

-- The daily clap summary reads one day of clap requests.
CREATE INDEX clap_request_created ON clap_request (created_at);

INSERT INTO outbox_cursor (consumer, position) VALUES ('newsletter', 0);
INSERT INTO outbox_cursor (consumer, position) VALUES ('notifications', 0);
