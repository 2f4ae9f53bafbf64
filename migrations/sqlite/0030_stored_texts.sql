-- Stored texts in the three working languages (issue 15): what a planner types and a delegation reads
-- is kept in en, ru and zh, as party names are. Each single column becomes the English one (its value
-- kept as it was); the Russian and Chinese ones start empty, and a reader falls back to English.

-- Venues: name and city.
ALTER TABLE venue RENAME COLUMN name TO name_en;
ALTER TABLE venue ADD COLUMN name_ru TEXT NOT NULL DEFAULT '';
ALTER TABLE venue ADD COLUMN name_zh TEXT NOT NULL DEFAULT '';
ALTER TABLE venue RENAME COLUMN city TO city_en;
ALTER TABLE venue ADD COLUMN city_ru TEXT NOT NULL DEFAULT '';
ALTER TABLE venue ADD COLUMN city_zh TEXT NOT NULL DEFAULT '';

-- Rooms of agenda sessions.
ALTER TABLE agenda_session RENAME COLUMN room TO room_en;
ALTER TABLE agenda_session ADD COLUMN room_ru TEXT NOT NULL DEFAULT '';
ALTER TABLE agenda_session ADD COLUMN room_zh TEXT NOT NULL DEFAULT '';

-- People: the position, and the name as family name and given names per language. name_en/ru/zh stay,
-- as the full name in each language's protocol order (written from the parts on every change). A name
-- written before was one piece: it is kept whole as the family name, so it prints exactly as before.
ALTER TABLE person RENAME COLUMN title TO title_en;
ALTER TABLE person ADD COLUMN title_ru TEXT NOT NULL DEFAULT '';
ALTER TABLE person ADD COLUMN title_zh TEXT NOT NULL DEFAULT '';
ALTER TABLE person ADD COLUMN family_name_en TEXT NOT NULL DEFAULT '';
ALTER TABLE person ADD COLUMN family_name_ru TEXT NOT NULL DEFAULT '';
ALTER TABLE person ADD COLUMN family_name_zh TEXT NOT NULL DEFAULT '';
ALTER TABLE person ADD COLUMN given_names_en TEXT NOT NULL DEFAULT '';
ALTER TABLE person ADD COLUMN given_names_ru TEXT NOT NULL DEFAULT '';
ALTER TABLE person ADD COLUMN given_names_zh TEXT NOT NULL DEFAULT '';
UPDATE person SET family_name_en = name_en, family_name_ru = name_ru, family_name_zh = name_zh;
