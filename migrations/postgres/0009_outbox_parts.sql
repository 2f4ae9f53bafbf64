-- Attachments that many queued messages share (an event's agenda in one language goes to every party
-- corresponding in it) are stored once: the message in outbox_body keeps the part's headers, an empty
-- body and the header X-Planner-Part naming the row here, and the body is put back when it is sent.
CREATE TABLE outbox_part (
    hash     TEXT PRIMARY KEY,   -- SHA-256 (hex) of the content
    content  BYTEA NOT NULL       -- the part's body as sent: base64 in lines of 76
);
