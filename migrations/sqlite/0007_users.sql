-- People who sign in to the web pages (issue 7). Passwords are kept only as ASP.NET Core
-- password hashes (PBKDF2 with a per-user salt). Names compare without regard to case.
CREATE TABLE app_user (
    id            INTEGER PRIMARY KEY,
    name          TEXT    NOT NULL COLLATE NOCASE UNIQUE,
    role          TEXT    NOT NULL CHECK (role IN ('admin', 'planner', 'viewer', 'controller')),
    password_hash TEXT    NOT NULL,
    created_at    INTEGER NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1
);
