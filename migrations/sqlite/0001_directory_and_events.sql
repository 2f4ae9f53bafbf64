-- Planner schema, version 1: access tokens, the directory (parties, their dated
-- statuses, people, venues) and events with participants, delegations and agenda.
-- Conventions: every record has a version for optimistic concurrency; local
-- date-times are ISO text in the venue's zone ('2023-09-08T10:00'); instants are
-- INTEGER seconds since the Unix epoch, so range queries use plain indexes.

CREATE TABLE api_token (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL,
    role        TEXT    NOT NULL CHECK (role IN ('admin', 'planner', 'viewer')),
    token_hash  TEXT    NOT NULL UNIQUE,
    created_at  INTEGER NOT NULL
);

CREATE TABLE party (
    id              INTEGER PRIMARY KEY,
    code            TEXT    NOT NULL UNIQUE,
    kind            TEXT    NOT NULL CHECK (kind IN ('state', 'organisation', 'mission')),
    name_en         TEXT    NOT NULL,
    name_ru         TEXT    NOT NULL,
    name_zh         TEXT    NOT NULL,
    contact_emails  TEXT    NOT NULL DEFAULT '[]',
    language        TEXT    NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'ru', 'zh')),
    version         INTEGER NOT NULL DEFAULT 1
);

-- valid_from is inclusive, valid_to exclusive (the day the next status starts); NULL = open.
CREATE TABLE party_status (
    id          INTEGER PRIMARY KEY,
    party_id    INTEGER NOT NULL REFERENCES party (id) ON DELETE CASCADE,
    status      TEXT    NOT NULL CHECK (status IN ('member', 'observer', 'dialoguePartner')),
    valid_from  TEXT    NOT NULL,
    valid_to    TEXT    NULL,
    version     INTEGER NOT NULL DEFAULT 1,
    CHECK (valid_to IS NULL OR valid_to > valid_from)
);
CREATE INDEX ix_party_status_party ON party_status (party_id, valid_from);

CREATE TABLE person (
    id          INTEGER PRIMARY KEY,
    name_en     TEXT    NOT NULL,
    name_ru     TEXT    NOT NULL,
    name_zh     TEXT    NOT NULL,
    title       TEXT    NOT NULL DEFAULT '',
    party_id    INTEGER NOT NULL REFERENCES party (id),
    email       TEXT    NULL,
    version     INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX ix_person_party ON person (party_id);

CREATE TABLE venue (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL,
    city        TEXT    NOT NULL,
    country     TEXT    NOT NULL,
    time_zone   TEXT    NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1
);

-- A numbered series of events: the RATS SCO Council, the Tashkent conference.
CREATE TABLE series (
    id          INTEGER PRIMARY KEY,
    code        TEXT    NOT NULL UNIQUE,
    kind        TEXT    NOT NULL CHECK (kind IN ('council', 'conference', 'exercise', 'workshop')),
    name_en     TEXT    NOT NULL,
    name_ru     TEXT    NOT NULL,
    name_zh     TEXT    NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE event (
    id              INTEGER PRIMARY KEY,
    kind            TEXT    NOT NULL CHECK (kind IN ('council', 'conference', 'exercise', 'workshop')),
    title_en        TEXT    NOT NULL,
    title_ru        TEXT    NOT NULL,
    title_zh        TEXT    NOT NULL,
    series_id       INTEGER NULL REFERENCES series (id),
    number          INTEGER NULL CHECK (number IS NULL OR number > 0),
    venue_id        INTEGER NOT NULL REFERENCES venue (id),
    start_local     TEXT    NOT NULL,
    end_local       TEXT    NOT NULL,
    start_at        INTEGER NOT NULL,
    end_at          INTEGER NOT NULL,
    host_party_id   INTEGER NULL REFERENCES party (id),
    chair_party_id  INTEGER NULL REFERENCES party (id),
    status          TEXT    NOT NULL DEFAULT 'draft'
                    CHECK (status IN ('draft', 'planned', 'invitationsSent', 'held', 'closed', 'cancelled')),
    version         INTEGER NOT NULL DEFAULT 1,
    CHECK (end_at > start_at),
    CHECK (number IS NULL OR series_id IS NOT NULL),
    UNIQUE (series_id, number)
);
CREATE INDEX ix_event_start ON event (start_at);
CREATE INDEX ix_event_venue ON event (venue_id, start_at);

CREATE TABLE participation (
    id          INTEGER PRIMARY KEY,
    event_id    INTEGER NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    party_id    INTEGER NOT NULL REFERENCES party (id),
    role        TEXT    NOT NULL CHECK (role IN ('member', 'observer', 'dialoguePartner', 'guest',
                                                  'internationalOrganisation', 'secretariat')),
    version     INTEGER NOT NULL DEFAULT 1,
    -- The delegation of this party is replaced as a whole; this is its version.
    delegation_version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (event_id, party_id)
);
CREATE INDEX ix_participation_party ON participation (party_id);

-- A delegate belongs to the delegation of one participating party.
CREATE TABLE delegate (
    id          INTEGER PRIMARY KEY,
    event_id    INTEGER NOT NULL,
    party_id    INTEGER NOT NULL,
    person_id   INTEGER NOT NULL REFERENCES person (id),
    is_head     INTEGER NOT NULL DEFAULT 0 CHECK (is_head IN (0, 1)),
    function    TEXT    NOT NULL DEFAULT '',
    position    INTEGER NOT NULL,
    FOREIGN KEY (event_id, party_id) REFERENCES participation (event_id, party_id) ON DELETE CASCADE,
    UNIQUE (event_id, person_id)
);
CREATE UNIQUE INDEX ux_delegate_head ON delegate (event_id, party_id) WHERE is_head = 1;
CREATE INDEX ix_delegate_person ON delegate (person_id);

CREATE TABLE agenda_session (
    id              INTEGER PRIMARY KEY,
    event_id        INTEGER NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    title_en        TEXT    NOT NULL DEFAULT '',
    title_ru        TEXT    NOT NULL DEFAULT '',
    title_zh        TEXT    NOT NULL DEFAULT '',
    start_local     TEXT    NOT NULL,
    end_local       TEXT    NOT NULL,
    start_at        INTEGER NOT NULL,
    end_at          INTEGER NOT NULL,
    room            TEXT    NOT NULL DEFAULT '',
    chair_person_id INTEGER NULL REFERENCES person (id),
    version         INTEGER NOT NULL DEFAULT 1,
    CHECK (end_at > start_at)
);
CREATE INDEX ix_agenda_session_event ON agenda_session (event_id, start_at);

CREATE TABLE agenda_item (
    id          INTEGER PRIMARY KEY,
    session_id  INTEGER NOT NULL REFERENCES agenda_session (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    title_en    TEXT    NOT NULL,
    title_ru    TEXT    NOT NULL,
    title_zh    TEXT    NOT NULL,
    notes       TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX ix_agenda_item_session ON agenda_item (session_id, position);

CREATE TABLE agenda_item_speaker (
    item_id     INTEGER NOT NULL REFERENCES agenda_item (id) ON DELETE CASCADE,
    person_id   INTEGER NOT NULL REFERENCES person (id),
    position    INTEGER NOT NULL,
    PRIMARY KEY (item_id, person_id)
);
CREATE INDEX ix_agenda_item_speaker_person ON agenda_item_speaker (person_id);
