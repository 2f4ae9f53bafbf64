-- Issue 19: answers read from calendar replies may be 'tentative'; a message whose final SMTP reply never came
-- after it was sent whole is in the state 'unknown' (not resent by itself). Only the CHECK constraints change,
-- which touches no stored row: the table definitions are edited in place (https://sqlite.org/lang_altertable.html,
-- "making other kinds of table schema changes"), rather than rebuilding tables that others refer to with ON DELETE CASCADE.
PRAGMA writable_schema = ON;
UPDATE sqlite_schema SET sql = replace(sql, '''accepted'', ''declined''))', '''accepted'', ''declined'', ''tentative''))')
WHERE type = 'table' AND name = 'invitation';
UPDATE sqlite_schema SET sql = replace(sql, '''sent'', ''failed''))', '''sent'', ''failed'', ''unknown''))')
WHERE type = 'table' AND name = 'outbox';
PRAGMA writable_schema = RESET;
-- Any schema change raises the schema cookie, so every open connection reads the new definitions.
CREATE TABLE schema_cookie_bump (x INTEGER);
DROP TABLE schema_cookie_bump;
