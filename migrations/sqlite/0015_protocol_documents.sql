-- Protocol documents (issue 17): the party's addressee for notes verbales, the outgoing register,
-- the seating of an event, and delegates' arrivals.

-- The competent authority a note verbale is addressed to, in the form a note uses (Russian: dative case,
-- "Министерству иностранных дел Республики Казахстан"). Empty where not yet written.
ALTER TABLE party ADD COLUMN addressee_en TEXT NOT NULL DEFAULT '';
ALTER TABLE party ADD COLUMN addressee_ru TEXT NOT NULL DEFAULT '';
ALTER TABLE party ADD COLUMN addressee_zh TEXT NOT NULL DEFAULT '';

-- The outgoing register: one number per note (an event's note to one party), taken the first time the
-- note is printed or sent and kept for good. The addressee and subject are copied as first issued, so the
-- register still reads when the event or the party is deleted (their ids are then NULL).
CREATE TABLE outgoing_register (
    id          INTEGER PRIMARY KEY,
    year        INTEGER NOT NULL,
    seq         INTEGER NOT NULL,
    number      TEXT    NOT NULL,
    issued_on   TEXT    NOT NULL,                 -- the date on the note (yyyy-MM-dd, at the organisation's seat)
    event_id    INTEGER NULL REFERENCES event (id) ON DELETE SET NULL,
    party_id    INTEGER NULL REFERENCES party (id) ON DELETE SET NULL,
    language    TEXT    NOT NULL CHECK (language IN ('en', 'ru', 'zh')),
    addressee   TEXT    NOT NULL,
    subject     TEXT    NOT NULL,
    UNIQUE (year, seq),
    UNIQUE (event_id, party_id)
);

-- How an event's delegations are seated; an event without a row is seated at a round table, clockwise.
CREATE TABLE event_seating (
    event_id  INTEGER PRIMARY KEY REFERENCES event (id) ON DELETE CASCADE,
    shape     TEXT    NOT NULL DEFAULT 'round' CHECK (shape IN ('round', 'rectangular', 'u')),
    rule      TEXT    NOT NULL DEFAULT 'clockwise' CHECK (rule IN ('clockwise', 'alternating')),
    version   INTEGER NOT NULL DEFAULT 1
);

-- A delegate's arrival, marked by a signed-in planner from the badge's check-in link; the first mark stands.
CREATE TABLE arrival (
    event_id    INTEGER NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    person_id   INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    arrived_at  INTEGER NOT NULL,                 -- Unix seconds
    marked_by   TEXT    NOT NULL,
    PRIMARY KEY (event_id, person_id)
);
