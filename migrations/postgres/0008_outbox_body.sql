-- The rendered message moves out of the outbox row into a table of its own. SQLite rewrites a whole
-- row on UPDATE, blob included: with the 50-250 KB message (agenda attached) in the row, each state mark
-- of the dispatcher ('sending', 'sent') wrote the message again. Now a mark writes a few bytes.
CREATE TABLE outbox_body (
    outbox_id BIGINT PRIMARY KEY REFERENCES outbox (id) ON DELETE CASCADE,
    mime      BYTEA    NOT NULL
);

INSERT INTO outbox_body (outbox_id, mime) SELECT id, mime FROM outbox;

ALTER TABLE outbox DROP COLUMN mime;
