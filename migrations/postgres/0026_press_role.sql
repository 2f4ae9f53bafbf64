-- A party may take part in an event as accredited press (a news agency, a broadcaster): its people get Press
-- badges and no seat at the table. The participation table's CHECK on role gains 'press'.
ALTER TABLE participation DROP CONSTRAINT IF EXISTS participation_role_check;
ALTER TABLE participation ADD CONSTRAINT participation_role_check
    CHECK (role IN ('member', 'observer', 'dialoguePartner', 'guest', 'internationalOrganisation', 'secretariat', 'press'));
