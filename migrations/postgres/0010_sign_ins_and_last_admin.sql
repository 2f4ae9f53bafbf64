-- Issue 19. Sign-ins to the web pages: each sign-in cookie names one row here (by the SHA-256 of its random id);
-- the cookie is valid only while its row exists, and signing out deletes the row, so a copied cookie ends with it.
CREATE TABLE sign_in (
    id_hash     TEXT    PRIMARY KEY,
    user_id     BIGINT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    created_at  BIGINT NOT NULL
);
CREATE INDEX ix_sign_in_user ON sign_in (user_id);

-- The last admin user and the last admin token stay: without them nobody could manage users and tokens.
-- The services refuse these changes with a 409 first; the triggers hold whatever path a change takes.
CREATE FUNCTION keep_last_admin() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    admins BIGINT;
BEGIN
    IF OLD.role <> 'admin' OR (TG_OP = 'UPDATE' AND NEW.role = 'admin') THEN
        RETURN CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    EXECUTE format('SELECT COUNT(*) FROM %I WHERE role = ''admin''', TG_TABLE_NAME) INTO admins;
    IF admins = 1 THEN
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = TG_ARGV[0];
    END IF;
    RETURN CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
END;
$$;

CREATE TRIGGER keep_last_admin_user_delete BEFORE DELETE ON app_user FOR EACH ROW
EXECUTE FUNCTION keep_last_admin('The last admin user cannot be removed; make another user admin first.');

CREATE TRIGGER keep_last_admin_user_demote BEFORE UPDATE OF role ON app_user FOR EACH ROW
EXECUTE FUNCTION keep_last_admin('The last admin user cannot be given another role; make another user admin first.');

CREATE TRIGGER keep_last_admin_token_delete BEFORE DELETE ON api_token FOR EACH ROW
EXECUTE FUNCTION keep_last_admin('The last admin token cannot be revoked; create another admin token first.');

CREATE TRIGGER keep_last_admin_token_demote BEFORE UPDATE OF role ON api_token FOR EACH ROW
EXECUTE FUNCTION keep_last_admin('The last admin token cannot be given another role; create another admin token first.');
