-- Planner schema, version 4: invitations, RSVP tokens, the mail outbox and reminders.
-- Instants are INTEGER Unix seconds, as everywhere else.

-- Per event: when replies are due, how many people a delegation may name, when to remind,
-- and what the parties were last told (the calendar SEQUENCE and a snapshot of time, venue
-- and status), so a change of time or venue or a cancellation is noticed and announced once.
CREATE TABLE invitation_settings (
    event_id            INTEGER PRIMARY KEY REFERENCES event (id) ON DELETE CASCADE,
    deadline_at         INTEGER NULL,
    quota               INTEGER NOT NULL DEFAULT 10 CHECK (quota BETWEEN 1 AND 100),
    -- Days before the deadline to remind parties that have not answered, e.g. '7,2'.
    remind_unanswered   TEXT    NOT NULL DEFAULT '7,2',
    -- Days before the event to remind delegations that accepted, e.g. '3'.
    remind_confirmed    TEXT    NOT NULL DEFAULT '3',
    sequence            INTEGER NOT NULL DEFAULT 0,
    announced           TEXT    NULL,
    version             INTEGER NOT NULL DEFAULT 1
);

-- One invitation per event and party, with the party's answer.
CREATE TABLE invitation (
    id          INTEGER PRIMARY KEY,
    event_id    INTEGER NOT NULL,
    party_id    INTEGER NOT NULL,
    language    TEXT    NOT NULL CHECK (language IN ('en', 'ru', 'zh')),
    state       TEXT    NOT NULL DEFAULT 'invited' CHECK (state IN ('invited', 'accepted', 'declined')),
    invited_at  INTEGER NOT NULL,
    answered_at INTEGER NULL,
    FOREIGN KEY (event_id, party_id) REFERENCES participation (event_id, party_id) ON DELETE CASCADE,
    UNIQUE (event_id, party_id)
);

-- RSVP links: only the SHA-256 of each token is kept. Every mail that carries a link carries
-- a fresh token; all of an invitation's tokens answer for the same party and event.
CREATE TABLE rsvp_token (
    token_hash      TEXT    PRIMARY KEY,
    invitation_id   INTEGER NOT NULL REFERENCES invitation (id) ON DELETE CASCADE,
    created_at      INTEGER NOT NULL
);
CREATE INDEX ix_rsvp_token_invitation ON rsvp_token (invitation_id);

-- Messages as they will be sent (the whole MIME text, rendered when queued), under their Message-ID.
-- queued -> sending -> sent, or -> failed (permanent rejection or too many attempts).
CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    message_id      TEXT    NOT NULL UNIQUE,
    event_id        INTEGER NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    party_id        INTEGER NULL REFERENCES party (id),
    kind            TEXT    NOT NULL CHECK (kind IN ('invitation', 'update', 'cancellation', 'reminder', 'confirmation')),
    language        TEXT    NOT NULL,
    recipients      TEXT    NOT NULL,
    subject         TEXT    NOT NULL,
    mime            BLOB    NOT NULL,
    state           TEXT    NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'sending', 'sent', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    queued_at       INTEGER NOT NULL,
    next_attempt_at INTEGER NOT NULL,
    sent_at         INTEGER NULL,
    last_error      TEXT    NULL
);
CREATE INDEX ix_outbox_due ON outbox (state, next_attempt_at);
CREATE INDEX ix_outbox_event ON outbox (event_id, party_id);

-- Reminders already queued: at most one per invitation, kind and offset, whatever restarts happen.
CREATE TABLE reminder_sent (
    invitation_id   INTEGER NOT NULL REFERENCES invitation (id) ON DELETE CASCADE,
    kind            TEXT    NOT NULL CHECK (kind IN ('unanswered', 'confirmed')),
    days            INTEGER NOT NULL,
    queued_at       INTEGER NOT NULL,
    PRIMARY KEY (invitation_id, kind, days)
);
