-- Embeds. What a pasted URL resolved to (an embed, a link card or a plain link) is cached here for every node,
-- for a while; thumbnails are downloaded once, re-encoded, and served by the site from the blob table.

-- A thumbnail or link card image, its bytes in blob. Kept as long as stored story HTML may show it; the same
-- image (by hash) is stored once.
CREATE TABLE embed_thumbnail (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    public_id VARCHAR(16) NOT NULL,
    sha256 VARCHAR(64) NOT NULL,
    blob_key VARCHAR(64) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    width INT NOT NULL,
    height INT NOT NULL,
    created_at BIGINT NOT NULL,
    CONSTRAINT embed_thumbnail_public_id UNIQUE (public_id),
    CONSTRAINT embed_thumbnail_sha256 UNIQUE (sha256)
);

-- One resolved URL, keyed by the SHA-256 of the URL (URLs are too long for a portable unique index).
-- kind: EMBED (click-to-load frame), CARD (link card) or LINK (plain link).
CREATE TABLE embed_cache (
    url_hash VARCHAR(64) NOT NULL PRIMARY KEY,
    url VARCHAR(2000) NOT NULL,
    kind VARCHAR(10) NOT NULL,
    provider VARCHAR(200) NOT NULL,
    title VARCHAR(500) NOT NULL,
    author VARCHAR(300) NOT NULL,
    description VARCHAR(1000) NOT NULL,
    frame_src VARCHAR(2000),
    aspect_ratio DOUBLE PRECISION NOT NULL,
    thumbnail_id BIGINT REFERENCES embed_thumbnail (id),
    resolved_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX embed_cache_expiry ON embed_cache (expires_at);

-- The URLs a story's HTML embeds (or tried to), so that an admin's refresh re-renders exactly those stories.
-- Rows go with their story, whichever feature deletes it.
CREATE TABLE story_embed (
    story_id BIGINT NOT NULL REFERENCES story (id) ON DELETE CASCADE,
    url_hash VARCHAR(64) NOT NULL,
    url VARCHAR(2000) NOT NULL,
    PRIMARY KEY (story_id, url_hash)
);
CREATE INDEX story_embed_url ON story_embed (url_hash);
