-- Masthead schema, version 1. Portable across Derby and PostgreSQL: ${text} is CLOB on Derby and TEXT on
-- PostgreSQL; times are epoch milliseconds in BIGINT columns.

CREATE TABLE app_user (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    public_id VARCHAR(16) NOT NULL,
    username VARCHAR(30) NOT NULL,
    email VARCHAR(254) NOT NULL,
    display_name VARCHAR(100) NOT NULL,
    bio VARCHAR(500) DEFAULT '' NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    staff_role VARCHAR(16) DEFAULT 'NONE' NOT NULL,
    created_at BIGINT NOT NULL,
    CONSTRAINT app_user_public_id UNIQUE (public_id),
    CONSTRAINT app_user_username UNIQUE (username),
    CONSTRAINT app_user_email UNIQUE (email)
);

CREATE TABLE user_session (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    token_hash VARCHAR(64) NOT NULL,
    user_id BIGINT NOT NULL REFERENCES app_user (id),
    csrf_token VARCHAR(64) NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    CONSTRAINT user_session_token UNIQUE (token_hash)
);
CREATE INDEX user_session_user ON user_session (user_id);

CREATE TABLE publication (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    public_id VARCHAR(16) NOT NULL,
    slug VARCHAR(60) NOT NULL,
    name VARCHAR(100) NOT NULL,
    tagline VARCHAR(200) DEFAULT '' NOT NULL,
    owner_id BIGINT NOT NULL REFERENCES app_user (id),
    created_at BIGINT NOT NULL,
    CONSTRAINT publication_public_id UNIQUE (public_id),
    CONSTRAINT publication_slug UNIQUE (slug)
);

CREATE TABLE publication_member (
    publication_id BIGINT NOT NULL REFERENCES publication (id),
    user_id BIGINT NOT NULL REFERENCES app_user (id),
    member_role VARCHAR(16) NOT NULL,
    PRIMARY KEY (publication_id, user_id)
);
CREATE INDEX publication_member_user ON publication_member (user_id);

CREATE TABLE story (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    public_id VARCHAR(16) NOT NULL,
    author_id BIGINT NOT NULL REFERENCES app_user (id),
    publication_id BIGINT REFERENCES publication (id),
    title VARCHAR(300) NOT NULL,
    subtitle VARCHAR(300) DEFAULT '' NOT NULL,
    slug VARCHAR(120) NOT NULL,
    content_format VARCHAR(10) NOT NULL,
    content ${text} NOT NULL,
    body_html ${text} NOT NULL,
    word_count INT NOT NULL,
    status VARCHAR(12) NOT NULL,
    curation_status VARCHAR(20) DEFAULT 'DISABLED' NOT NULL,
    curation_eligible_at BIGINT,
    primary_topic VARCHAR(60),
    boosted_until BIGINT,
    row_version INT DEFAULT 1 NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    first_published_at BIGINT,
    latest_published_at BIGINT,
    CONSTRAINT story_public_id UNIQUE (public_id)
);
CREATE INDEX story_status_published ON story (status, first_published_at);
CREATE INDEX story_author_published ON story (author_id, status, first_published_at);
CREATE INDEX story_publication_published ON story (publication_id, status, first_published_at);

CREATE TABLE story_tag (
    story_id BIGINT NOT NULL REFERENCES story (id),
    tag VARCHAR(40) NOT NULL,
    tag_order INT NOT NULL,
    PRIMARY KEY (story_id, tag)
);
CREATE INDEX story_tag_tag ON story_tag (tag, story_id);

CREATE TABLE plugin_activation (
    extension_point VARCHAR(100) NOT NULL PRIMARY KEY,
    plugin_id VARCHAR(100) NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE plugin_setting (
    plugin_id VARCHAR(100) NOT NULL,
    setting_name VARCHAR(100) NOT NULL,
    setting_value VARCHAR(4000) NOT NULL,
    PRIMARY KEY (plugin_id, setting_name)
);
