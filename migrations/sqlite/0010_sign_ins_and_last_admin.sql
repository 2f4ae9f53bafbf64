-- Issue 19. Sign-ins to the web pages: each sign-in cookie names one row here (by the SHA-256 of its random id);
-- the cookie is valid only while its row exists, and signing out deletes the row, so a copied cookie ends with it.
CREATE TABLE sign_in (
    id_hash     TEXT    PRIMARY KEY,
    user_id     INTEGER NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    created_at  INTEGER NOT NULL
);
CREATE INDEX ix_sign_in_user ON sign_in (user_id);

-- The last admin user and the last admin token stay: without them nobody could manage users and tokens.
-- The services refuse these changes with a 409 first; the triggers hold whatever path a change takes.
CREATE TRIGGER keep_last_admin_user_delete BEFORE DELETE ON app_user
WHEN OLD.role = 'admin' AND (SELECT COUNT(*) FROM app_user WHERE role = 'admin') = 1
BEGIN
    SELECT RAISE(ABORT, 'The last admin user cannot be removed; make another user admin first.');
END;

CREATE TRIGGER keep_last_admin_user_demote BEFORE UPDATE OF role ON app_user
WHEN OLD.role = 'admin' AND NEW.role <> 'admin' AND (SELECT COUNT(*) FROM app_user WHERE role = 'admin') = 1
BEGIN
    SELECT RAISE(ABORT, 'The last admin user cannot be given another role; make another user admin first.');
END;

CREATE TRIGGER keep_last_admin_token_delete BEFORE DELETE ON api_token
WHEN OLD.role = 'admin' AND (SELECT COUNT(*) FROM api_token WHERE role = 'admin') = 1
BEGIN
    SELECT RAISE(ABORT, 'The last admin token cannot be revoked; create another admin token first.');
END;

CREATE TRIGGER keep_last_admin_token_demote BEFORE UPDATE OF role ON api_token
WHEN OLD.role = 'admin' AND NEW.role <> 'admin' AND (SELECT COUNT(*) FROM api_token WHERE role = 'admin') = 1
BEGIN
    SELECT RAISE(ABORT, 'The last admin token cannot be given another role; create another admin token first.');
END;
