-- National holidays: a party's own blackout days (entered on the date finder's page or imported from a
-- government's .ics calendar). A 'declared' blackout keeps its meaning (all events, or those its party
-- hosts); a 'holiday' also keeps free-window searches away from the days when its party is asked to attend.
ALTER TABLE blackout ADD COLUMN kind TEXT NOT NULL DEFAULT 'declared' CHECK (kind IN ('declared', 'holiday'));
CREATE INDEX ix_blackout_party ON blackout (party_id, first_day) WHERE party_id IS NOT NULL;
