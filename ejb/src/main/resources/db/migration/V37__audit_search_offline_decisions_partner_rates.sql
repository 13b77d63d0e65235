-- The back office's audit page reads the trail newest first, by period, action, actor and subject: each filter is
-- one index whose order answers the page's ORDER BY occurred_at DESC, id DESC (audit_event_subject exists since V2).
-- IF NOT EXISTS: on a large production table they may be built beforehand with CREATE INDEX CONCURRENTLY.
CREATE INDEX IF NOT EXISTS audit_event_time_id ON audit_event (occurred_at, id);
CREATE INDEX IF NOT EXISTS audit_event_action_time ON audit_event (action, occurred_at);
CREATE INDEX IF NOT EXISTS audit_event_actor_time ON audit_event (actor, occurred_at);
DROP INDEX IF EXISTS audit_event_time;

-- An offline purchase's review is decided once: accepted as the terminal decided, or charged back (its entry
-- reversed by reversal_entry_id), by whom, when and why.
ALTER TABLE offline_review ADD COLUMN status VARCHAR(16) DEFAULT 'OPEN' NOT NULL;
ALTER TABLE offline_review ADD CONSTRAINT offline_review_status CHECK (status IN ('OPEN', 'ACCEPTED', 'CHARGED_BACK'));
ALTER TABLE offline_review ADD COLUMN decided_by VARCHAR(100);
ALTER TABLE offline_review ADD COLUMN decided_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE offline_review ADD COLUMN decision_reason VARCHAR(500);
ALTER TABLE offline_review ADD COLUMN reversal_entry_id BIGINT;
ALTER TABLE offline_review ADD CONSTRAINT offline_review_reversal FOREIGN KEY (reversal_entry_id) REFERENCES journal_entry (id);
ALTER TABLE offline_review ADD CONSTRAINT offline_review_decided CHECK (status = 'OPEN' OR decided_at IS NOT NULL);
ALTER TABLE offline_review ADD CONSTRAINT offline_review_reversed CHECK (status <> 'CHARGED_BACK' OR reversal_entry_id IS NOT NULL);
CREATE INDEX offline_review_status_time ON offline_review (status, created_at);
CREATE INDEX offline_review_time ON offline_review (created_at);
CREATE INDEX offline_review_source_time ON offline_review (source, created_at);

-- A partner's requests by hour and day on the back office's partners page.
CREATE INDEX partner_request_client_time ON partner_request (client_id, claimed_at);
