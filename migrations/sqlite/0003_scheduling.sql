-- Planner schema, version 3: what scheduling needs beyond the records themselves.

-- Who is busy when: one row per person per thing that occupies them (a delegation
-- for the whole event, a session they chair or speak in). Derived from delegations
-- and the agenda, rebuilt per event inside the transaction that changes them;
-- cancelled events have none. Instants are Unix seconds; end is exclusive.
CREATE TABLE booking (
    id          INTEGER PRIMARY KEY,
    person_id   INTEGER NOT NULL REFERENCES person (id),
    event_id    INTEGER NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    session_id  INTEGER NULL REFERENCES agenda_session (id) ON DELETE CASCADE,
    venue_id    INTEGER NOT NULL REFERENCES venue (id),
    role        TEXT    NOT NULL CHECK (role IN ('head', 'delegate', 'chair', 'speaker')),
    start_at    INTEGER NOT NULL,
    end_at      INTEGER NOT NULL
);
-- Covering: the conflict sweep reads every booking in (person, start) order from the index alone.
CREATE INDEX ix_booking_person ON booking (person_id, start_at, end_at, event_id, venue_id, session_id);
CREATE INDEX ix_booking_event ON booking (event_id);

-- Periods the secretariat declared unavailable: a summit, a national holiday of a host.
-- Dates are inclusive. A blackout with a party applies only to events that party hosts.
CREATE TABLE blackout (
    id          INTEGER PRIMARY KEY,
    title       TEXT    NOT NULL,
    first_day   TEXT    NOT NULL,
    last_day    TEXT    NOT NULL,
    party_id    INTEGER NULL REFERENCES party (id) ON DELETE CASCADE,
    version     INTEGER NOT NULL DEFAULT 1,
    CHECK (last_day >= first_day)
);
CREATE INDEX ix_blackout_days ON blackout (first_day);

-- The days a state does not work, as ISO day numbers (1 = Monday … 7 = Sunday).
ALTER TABLE party ADD COLUMN weekend TEXT NOT NULL DEFAULT '6,7';

-- A series may recur: yearly, in a month, on the n-th weekday, for some days, at a venue.
ALTER TABLE series ADD COLUMN rule_month INTEGER NULL CHECK (rule_month BETWEEN 1 AND 12);
ALTER TABLE series ADD COLUMN rule_week INTEGER NULL CHECK (rule_week BETWEEN 1 AND 5);
ALTER TABLE series ADD COLUMN rule_weekday INTEGER NULL CHECK (rule_weekday BETWEEN 1 AND 7);
ALTER TABLE series ADD COLUMN rule_days INTEGER NULL CHECK (rule_days BETWEEN 1 AND 60);
ALTER TABLE series ADD COLUMN rule_venue_id INTEGER NULL REFERENCES venue (id);
ALTER TABLE series ADD COLUMN rule_start_time TEXT NULL;
ALTER TABLE series ADD COLUMN rule_end_time TEXT NULL;
