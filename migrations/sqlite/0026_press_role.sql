-- A party may take part in an event as accredited press (a news agency, a broadcaster): its people get Press
-- badges and no seat at the table. The participation table's CHECK on role gains 'press'.
--
-- SQLite cannot change a CHECK constraint in place, and participation cannot be rebuilt here: the script runs in
-- a transaction with foreign keys on, where dropping the old table would cascade to the delegations and
-- invitations that refer to it, and renaming it would carry their references along. So the table's definition is
-- edited as SQLite documents for loosening a CHECK constraint (https://sqlite.org/lang_altertable.html, "Making
-- Other Kinds Of Table Schema Changes"): every existing row still satisfies the wider constraint, nothing on disk
-- changes. The CREATE/DROP of a scratch table increments the schema cookie, so every other connection reads the
-- new definition; RESET makes this connection read it too.
PRAGMA writable_schema = ON;
UPDATE sqlite_master SET sql = replace(sql, '''secretariat'')', '''secretariat'', ''press'')')
WHERE type = 'table' AND name = 'participation' AND instr(sql, '''press''') = 0;
CREATE TABLE schema_cookie_0026 (x INTEGER);
DROP TABLE schema_cookie_0026;
PRAGMA writable_schema = RESET;
