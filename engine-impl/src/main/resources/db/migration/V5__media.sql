-- Media. Uploaded files' bytes live in blob, behind the BlobStore port so that an object store can replace the
-- table later; ${blob} is BLOB on Derby and BYTEA on PostgreSQL.

CREATE TABLE blob (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    blob_key VARCHAR(64) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    bytes ${blob} NOT NULL,
    size_bytes BIGINT NOT NULL,
    sha256 VARCHAR(64) NOT NULL,
    created_at BIGINT NOT NULL,
    CONSTRAINT blob_by_key UNIQUE (blob_key)
);

-- An uploaded image, as stored: re-encoded without metadata (or a GIF as uploaded), its bytes under blob_key.
CREATE TABLE image (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    public_id VARCHAR(16) NOT NULL,
    owner_id BIGINT NOT NULL REFERENCES app_user (id),
    blob_key VARCHAR(64) NOT NULL,
    width INT NOT NULL,
    height INT NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    created_at BIGINT NOT NULL,
    CONSTRAINT image_public_id UNIQUE (public_id)
);
CREATE INDEX image_owner ON image (owner_id);

-- A person's avatar: an image of their own, deleted when replaced or removed.
ALTER TABLE app_user ADD COLUMN avatar_image_id BIGINT REFERENCES image (id);
