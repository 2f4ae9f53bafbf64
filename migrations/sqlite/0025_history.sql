-- The history of every change (issue 14): one row per inserted, changed or deleted record, written by
-- triggers in the same transaction as the change (History/HistoryTriggers.cs makes them for every table
-- after the migrations). changes: a JSON array of { field, before, after }; secrets are never recorded.
-- event_id and party_id name the event and the party the record belongs to (directly or through its
-- parents), so an event's page and a party's entry show the changes of everything under them.
CREATE TABLE history (
    id          INTEGER PRIMARY KEY,
    at          INTEGER NOT NULL,
    actor       TEXT    NOT NULL,
    entity      TEXT    NOT NULL,
    entity_id   INTEGER NULL,
    action      TEXT    NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
    changes     TEXT    NOT NULL,
    event_id    INTEGER NULL,
    party_id    INTEGER NULL
);

CREATE INDEX history_entity ON history (entity, entity_id, id);
CREATE INDEX history_event ON history (event_id, id) WHERE event_id IS NOT NULL;
CREATE INDEX history_party ON history (party_id, id) WHERE party_id IS NOT NULL;
