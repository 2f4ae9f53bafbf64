-- The exercise's texts in the three working languages (issue 15), as 0030 did for venues: what a planner types
-- into an exercise plan and its evaluation, and the after-action report prints, is kept in en, ru and zh. Each
-- single column becomes the English one (its value kept as it was); the Russian and Chinese ones start empty,
-- and a reader falls back to English. Objectives (text_en/ru/zh), stages and capabilities had three already.

-- The plan: scope, threat, scenario, sponsor, point of contact (with its organisation) and handling marking.
ALTER TABLE exercise RENAME COLUMN scope TO scope_en;
ALTER TABLE exercise ADD COLUMN scope_ru TEXT NOT NULL DEFAULT '';
ALTER TABLE exercise ADD COLUMN scope_zh TEXT NOT NULL DEFAULT '';
ALTER TABLE exercise RENAME COLUMN threat TO threat_en;
ALTER TABLE exercise ADD COLUMN threat_ru TEXT NOT NULL DEFAULT '';
ALTER TABLE exercise ADD COLUMN threat_zh TEXT NOT NULL DEFAULT '';
ALTER TABLE exercise RENAME COLUMN scenario TO scenario_en;
ALTER TABLE exercise ADD COLUMN scenario_ru TEXT NOT NULL DEFAULT '';
ALTER TABLE exercise ADD COLUMN scenario_zh TEXT NOT NULL DEFAULT '';
ALTER TABLE exercise RENAME COLUMN sponsor TO sponsor_en;
ALTER TABLE exercise ADD COLUMN sponsor_ru TEXT NOT NULL DEFAULT '';
ALTER TABLE exercise ADD COLUMN sponsor_zh TEXT NOT NULL DEFAULT '';
ALTER TABLE exercise RENAME COLUMN point_of_contact TO point_of_contact_en;
ALTER TABLE exercise ADD COLUMN point_of_contact_ru TEXT NOT NULL DEFAULT '';
ALTER TABLE exercise ADD COLUMN point_of_contact_zh TEXT NOT NULL DEFAULT '';
ALTER TABLE exercise RENAME COLUMN marking TO marking_en;
ALTER TABLE exercise ADD COLUMN marking_ru TEXT NOT NULL DEFAULT '';
ALTER TABLE exercise ADD COLUMN marking_zh TEXT NOT NULL DEFAULT '';

-- What the evaluators saw.
ALTER TABLE observation RENAME COLUMN text TO text_en;
ALTER TABLE observation ADD COLUMN text_ru TEXT NOT NULL DEFAULT '';
ALTER TABLE observation ADD COLUMN text_zh TEXT NOT NULL DEFAULT '';

-- Strengths and areas for improvement, with the root cause of the latter.
ALTER TABLE finding RENAME COLUMN text TO text_en;
ALTER TABLE finding ADD COLUMN text_ru TEXT NOT NULL DEFAULT '';
ALTER TABLE finding ADD COLUMN text_zh TEXT NOT NULL DEFAULT '';
ALTER TABLE finding RENAME COLUMN root_cause TO root_cause_en;
ALTER TABLE finding ADD COLUMN root_cause_ru TEXT NOT NULL DEFAULT '';
ALTER TABLE finding ADD COLUMN root_cause_zh TEXT NOT NULL DEFAULT '';

-- Corrective actions: the action, and the point of contact in the responsible organisation.
ALTER TABLE corrective_action RENAME COLUMN text TO text_en;
ALTER TABLE corrective_action ADD COLUMN text_ru TEXT NOT NULL DEFAULT '';
ALTER TABLE corrective_action ADD COLUMN text_zh TEXT NOT NULL DEFAULT '';
ALTER TABLE corrective_action RENAME COLUMN point_of_contact TO point_of_contact_en;
ALTER TABLE corrective_action ADD COLUMN point_of_contact_ru TEXT NOT NULL DEFAULT '';
ALTER TABLE corrective_action ADD COLUMN point_of_contact_zh TEXT NOT NULL DEFAULT '';
