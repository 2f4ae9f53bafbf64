-- Issue 19: calendar feeds. A feed token opens GET /calendar/{token}.ics and nothing else: it is kept apart from
-- API tokens, and only its SHA-256 is stored (the URL is shown once, when an admin creates it).
CREATE TABLE feed_token (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL,
    token_hash  TEXT    NOT NULL UNIQUE,
    created_at  INTEGER NOT NULL
);
