-- An administrator disables a user instead of deleting them (their name stays in the history);
-- a disabled user cannot sign in, and a cookie they hold stops working at once.
ALTER TABLE app_user ADD COLUMN disabled_at BIGINT NULL;
