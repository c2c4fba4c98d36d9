-- 実績報告 (reporting) reads the other modules' tables by 年度; these indexes serve its aggregates (see
-- FiscalYearReportBenchmark and the README for the times before and after). No table of its own.
CREATE INDEX consultation_received ON consultation (tenant_id, received_on) INCLUDE (person_id, agency_id);
CREATE INDEX household_member_person ON household_member (tenant_id, person_id, joined_on);
