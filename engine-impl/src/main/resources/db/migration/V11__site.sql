-- Site-wide settings an admin edits at run time (branding, theme), as JSON documents by name.
CREATE TABLE site_setting (
    name VARCHAR(100) NOT NULL PRIMARY KEY,
    setting_value ${text} NOT NULL,
    updated_by BIGINT REFERENCES app_user (id),
    updated_at BIGINT NOT NULL
);
