-- Every admin and curator action: who did what to what, when, and what changed.
CREATE TABLE audit_event (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    actor_id BIGINT REFERENCES app_user (id),
    action VARCHAR(60) NOT NULL,
    subject VARCHAR(200) NOT NULL,
    detail ${text} NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX audit_event_recent ON audit_event (created_at);
CREATE INDEX audit_event_action ON audit_event (action, created_at);
CREATE INDEX audit_event_actor ON audit_event (actor_id, created_at);
