-- The outbox is sent by any number of hosts at once (issue 16). A host claims one message at a time with a
-- lease: claimed_by names the host (machine, process id and a random part chosen when the process starts),
-- lease_until is the Unix second the claim ends unless the host renews it while it is still sending. Another host
-- takes a message in 'sending' only once its lease has ended, so a host killed mid-send leaves at most that one
-- message to go again. claimed_by stays on a sent message: the host that sent it.
-- A message left in 'sending' by an older version has no lease: it is taken again at once, as that version did.
ALTER TABLE outbox ADD COLUMN claimed_by TEXT NULL;
ALTER TABLE outbox ADD COLUMN lease_until INTEGER NULL;
UPDATE outbox SET lease_until = 0 WHERE state = 'sending';
