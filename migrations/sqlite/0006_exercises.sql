-- Planner schema, version 6: joint exercises in the HSEEP vocabulary. An exercise is an
-- event of kind 'exercise' with a plan (type, stages, sending parties), planning meetings
-- (other events) with action items, objectives linked to capabilities, the Master Scenario
-- Events List (MSEL), the evaluation (observations, ratings, strengths and areas for
-- improvement) and the improvement plan (corrective actions). The receiving party is the
-- event's host. Dates are ISO text; scenario times are local date-times at the venue.

-- A token may now have the role 'controller': reads like a viewer, and also sees the MSEL.
-- SQLite cannot change a CHECK constraint in place, so the table is rebuilt with the same columns.
CREATE TABLE api_token_v6 (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL,
    role        TEXT    NOT NULL CHECK (role IN ('admin', 'planner', 'viewer', 'controller')),
    token_hash  TEXT    NOT NULL UNIQUE,
    created_at  INTEGER NOT NULL
);
INSERT INTO api_token_v6 (id, name, role, token_hash, created_at)
    SELECT id, name, role, token_hash, created_at FROM api_token;
DROP TABLE api_token;
ALTER TABLE api_token_v6 RENAME TO api_token;

-- What an exercise can test: HSEEP-style core capabilities, adapted to counter-terrorism.
CREATE TABLE capability (
    id          INTEGER PRIMARY KEY,
    code        TEXT    NOT NULL UNIQUE,
    name_en     TEXT    NOT NULL,
    name_ru     TEXT    NOT NULL,
    name_zh     TEXT    NOT NULL
);
INSERT INTO capability (code, name_en, name_ru, name_zh) VALUES
    ('planning', 'Planning', 'Планирование', '规划'),
    ('operationalCoordination', 'Operational coordination', 'Оперативная координация', '行动协调'),
    ('intelligenceSharing', 'Intelligence and information sharing', 'Обмен разведывательной информацией', '情报与信息共享'),
    ('interdiction', 'Interdiction and disruption', 'Пресечение и срыв террористических действий', '拦截与阻断'),
    ('operationalCommunications', 'Operational communications', 'Оперативная связь', '行动通信'),
    ('publicInformation', 'Public information and warning', 'Информирование и оповещение населения', '公共信息与预警'),
    ('onSceneSecurity', 'On-scene security, protection and law enforcement', 'Охрана и правопорядок на месте событий', '现场安全、保护与执法'),
    ('hostageRescue', 'Hostage rescue', 'Освобождение заложников', '人质解救'),
    ('massCareMedical', 'Medical services and mass care', 'Медицинское обеспечение и помощь пострадавшим', '医疗服务与群体救助'),
    ('screeningSearch', 'Screening, search and detection', 'Досмотр, поиск и обнаружение', '筛查、搜索与探测');

-- The plan of an exercise: one row per exercise event. report_final: the after-action
-- report is final (no DRAFT marking); published_on is the report's publication date.
CREATE TABLE exercise (
    event_id        INTEGER PRIMARY KEY REFERENCES event (id) ON DELETE CASCADE,
    type            TEXT    NOT NULL CHECK (type IN ('seminar', 'workshop', 'tabletop', 'game', 'drill', 'functional', 'fullScale')),
    scope           TEXT    NOT NULL DEFAULT '',
    threat          TEXT    NOT NULL DEFAULT '',
    scenario        TEXT    NOT NULL DEFAULT '',
    sponsor         TEXT    NOT NULL DEFAULT '',
    point_of_contact TEXT   NOT NULL DEFAULT '',
    marking         TEXT    NOT NULL DEFAULT '',
    report_final    INTEGER NOT NULL DEFAULT 0 CHECK (report_final IN (0, 1)),
    published_on    TEXT    NULL,
    version         INTEGER NOT NULL DEFAULT 1
);

-- The states that send forces or staff; the receiving party (event.host_party_id) is not among them.
CREATE TABLE exercise_sending_party (
    event_id    INTEGER NOT NULL REFERENCES exercise (event_id) ON DELETE CASCADE,
    party_id    INTEGER NOT NULL REFERENCES party (id),
    PRIMARY KEY (event_id, party_id)
);
CREATE INDEX ix_exercise_sending_party_party ON exercise_sending_party (party_id);

-- Stages in order (consultations, preparation, conduct); days inclusive, not overlapping.
CREATE TABLE exercise_stage (
    id          INTEGER PRIMARY KEY,
    event_id    INTEGER NOT NULL REFERENCES exercise (event_id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    name_en     TEXT    NOT NULL,
    name_ru     TEXT    NOT NULL DEFAULT '',
    name_zh     TEXT    NOT NULL DEFAULT '',
    first_day   TEXT    NOT NULL,
    last_day    TEXT    NOT NULL,
    CHECK (last_day >= first_day)
);
CREATE INDEX ix_exercise_stage_event ON exercise_stage (event_id, position);

-- A planning meeting is another event, linked to the exercise with its place in the cycle.
CREATE TABLE planning_meeting (
    id              INTEGER PRIMARY KEY,
    exercise_id     INTEGER NOT NULL REFERENCES exercise (event_id) ON DELETE CASCADE,
    kind            TEXT    NOT NULL CHECK (kind IN ('conceptAndObjectives', 'initial', 'midterm', 'scenarioEvents', 'final')),
    meeting_event_id INTEGER NOT NULL UNIQUE REFERENCES event (id) ON DELETE CASCADE,
    version         INTEGER NOT NULL DEFAULT 1,
    UNIQUE (exercise_id, kind)
);

CREATE TABLE action_item (
    id          INTEGER PRIMARY KEY,
    meeting_id  INTEGER NOT NULL REFERENCES planning_meeting (id) ON DELETE CASCADE,
    text        TEXT    NOT NULL,
    owner       TEXT    NOT NULL,
    due_on      TEXT    NOT NULL,
    status      TEXT    NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
    version     INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX ix_action_item_meeting ON action_item (meeting_id);

-- rating: P, S, M or U once evaluated (HSEEP), NULL before.
CREATE TABLE objective (
    id          INTEGER PRIMARY KEY,
    exercise_id INTEGER NOT NULL REFERENCES exercise (event_id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    text_en     TEXT    NOT NULL,
    text_ru     TEXT    NOT NULL DEFAULT '',
    text_zh     TEXT    NOT NULL DEFAULT '',
    rating      TEXT    NULL CHECK (rating IS NULL OR rating IN ('P', 'S', 'M', 'U')),
    version     INTEGER NOT NULL DEFAULT 1,
    UNIQUE (exercise_id, position)
);

CREATE TABLE objective_capability (
    objective_id  INTEGER NOT NULL REFERENCES objective (id) ON DELETE CASCADE,
    capability_id INTEGER NOT NULL REFERENCES capability (id),
    PRIMARY KEY (objective_id, capability_id)
);

-- The MSEL: scripted injects, numbered per exercise. Players must never see it.
CREATE TABLE inject (
    id              INTEGER PRIMARY KEY,
    exercise_id     INTEGER NOT NULL REFERENCES exercise (event_id) ON DELETE CASCADE,
    number          INTEGER NOT NULL CHECK (number > 0),
    scenario_time   TEXT    NOT NULL,
    from_text       TEXT    NOT NULL,
    to_text         TEXT    NOT NULL,
    method          TEXT    NOT NULL DEFAULT '',
    message         TEXT    NOT NULL DEFAULT '',
    expected_action TEXT    NOT NULL DEFAULT '',
    objective_id    INTEGER NULL REFERENCES objective (id) ON DELETE SET NULL,
    controller      TEXT    NOT NULL DEFAULT '',
    status          TEXT    NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'released', 'skipped')),
    version         INTEGER NOT NULL DEFAULT 1,
    UNIQUE (exercise_id, number)
);
CREATE INDEX ix_inject_time ON inject (exercise_id, scenario_time);

CREATE TABLE observation (
    id          INTEGER PRIMARY KEY,
    objective_id INTEGER NOT NULL REFERENCES objective (id) ON DELETE CASCADE,
    evaluator   TEXT    NOT NULL,
    text        TEXT    NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX ix_observation_objective ON observation (objective_id);

-- A strength or an area for improvement (with its root cause) under an objective.
CREATE TABLE finding (
    id          INTEGER PRIMARY KEY,
    objective_id INTEGER NOT NULL REFERENCES objective (id) ON DELETE CASCADE,
    kind        TEXT    NOT NULL CHECK (kind IN ('strength', 'areaForImprovement')),
    text        TEXT    NOT NULL,
    root_cause  TEXT    NOT NULL DEFAULT '',
    version     INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX ix_finding_objective ON finding (objective_id);

-- The improvement plan: who fixes what by when, tracked until completed (or cancelled).
CREATE TABLE corrective_action (
    id                  INTEGER PRIMARY KEY,
    finding_id          INTEGER NOT NULL REFERENCES finding (id) ON DELETE CASCADE,
    text                TEXT    NOT NULL,
    element             TEXT    NOT NULL CHECK (element IN ('planning', 'organisation', 'equipment', 'training', 'exercise')),
    responsible_party_id INTEGER NOT NULL REFERENCES party (id),
    point_of_contact    TEXT    NOT NULL DEFAULT '',
    start_on            TEXT    NOT NULL,
    due_on              TEXT    NOT NULL,
    status              TEXT    NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'inProgress', 'completed', 'cancelled')),
    completed_on        TEXT    NULL,
    version             INTEGER NOT NULL DEFAULT 1,
    CHECK (due_on >= start_on)
);
CREATE INDEX ix_corrective_action_finding ON corrective_action (finding_id);
CREATE INDEX ix_corrective_action_due ON corrective_action (status, due_on);
CREATE INDEX ix_corrective_action_party ON corrective_action (responsible_party_id);
