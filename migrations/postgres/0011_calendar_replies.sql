-- Issue 19: answers read from calendar replies may be 'tentative'; a message whose final SMTP reply never came
-- after it was sent whole is in the state 'unknown' (not resent by itself). Only the CHECK constraints change.
ALTER TABLE invitation DROP CONSTRAINT invitation_state_check;
ALTER TABLE invitation ADD CONSTRAINT invitation_state_check CHECK (state IN ('invited', 'accepted', 'declined', 'tentative'));
ALTER TABLE outbox DROP CONSTRAINT outbox_state_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_state_check CHECK (state IN ('queued', 'sending', 'sent', 'failed', 'unknown'));
