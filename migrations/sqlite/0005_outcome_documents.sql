-- Outcome of a Council meeting: the decisions adopted (numbered in order of position) and the
-- documents adopted, either signed (with one signatory per member state, printed in order of
-- precedence) or adopted without signing.

CREATE TABLE outcome_decision (
    id          INTEGER PRIMARY KEY,
    event_id    INTEGER NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL CHECK (position > 0),
    title_en    TEXT    NOT NULL,
    title_ru    TEXT    NOT NULL DEFAULT '',
    title_zh    TEXT    NOT NULL DEFAULT '',
    text_en     TEXT    NOT NULL DEFAULT '',
    text_ru     TEXT    NOT NULL DEFAULT '',
    text_zh     TEXT    NOT NULL DEFAULT '',
    version     INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX ix_outcome_decision_event ON outcome_decision (event_id, position);

CREATE TABLE outcome_document (
    id          INTEGER PRIMARY KEY,
    event_id    INTEGER NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL CHECK (position > 0),
    title_en    TEXT    NOT NULL,
    title_ru    TEXT    NOT NULL DEFAULT '',
    title_zh    TEXT    NOT NULL DEFAULT '',
    adoption    TEXT    NOT NULL CHECK (adoption IN ('signed', 'adoptedWithoutSigning')),
    version     INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX ix_outcome_document_event ON outcome_document (event_id, position);

-- Who signed a document for a member state; one signatory per state and document.
CREATE TABLE outcome_signatory (
    document_id INTEGER NOT NULL REFERENCES outcome_document (id) ON DELETE CASCADE,
    party_id    INTEGER NOT NULL REFERENCES party (id),
    person_id   INTEGER NOT NULL REFERENCES person (id),
    PRIMARY KEY (document_id, party_id)
);
CREATE INDEX ix_outcome_signatory_person ON outcome_signatory (person_id);
