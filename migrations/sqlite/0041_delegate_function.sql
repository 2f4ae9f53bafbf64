-- A delegate's function in the delegation ("Head of delegation", "Expert") in the three working languages
-- (issue 15), as 0030 did for positions: the single column becomes the English one (its value kept as it
-- was); the Russian and Chinese ones start empty, and a reader falls back to English.
ALTER TABLE delegate RENAME COLUMN function TO function_en;
ALTER TABLE delegate ADD COLUMN function_ru TEXT NOT NULL DEFAULT '';
ALTER TABLE delegate ADD COLUMN function_zh TEXT NOT NULL DEFAULT '';
