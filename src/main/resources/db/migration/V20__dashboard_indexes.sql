-- ダッシュボード: indexes for the fiscal-year aggregates (no new tables; the dashboard reads other modules' tables).
-- When a referral was first answered is read from the audit log by record; without this index every referral
-- scanned its tenant's whole log (measured with EXPLAIN ANALYZE on the demo town: 0.56 ms per referral and growing).
CREATE INDEX audit_entry_record ON audit_entry (tenant_id, record_type, record_id, at);
-- Town-wide figures select a year of consultations and referrals by date (consultation_received, which covers the
-- consultations, comes with V19__reporting.sql).
CREATE INDEX referral_requested ON referral (tenant_id, requested_on);
