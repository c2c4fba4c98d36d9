-- Editing the network records after creation (issue 5): optimistic versions where two people could
-- edit the same record, and history instead of deletion: a council member leaves on a date (as a
-- platform participant already does), a 地域力強化 area ends on a date. No new tables: the tables
-- altered here are already isolated by tenant (V16__network.sql).

ALTER TABLE network_participant ADD COLUMN version integer NOT NULL DEFAULT 0;

ALTER TABLE network_council ADD COLUMN version integer NOT NULL DEFAULT 0;

ALTER TABLE network_council_member ADD COLUMN left_on date;
ALTER TABLE network_council_member ADD COLUMN version integer NOT NULL DEFAULT 0;

ALTER TABLE network_regional_area ADD COLUMN ended_on date;
ALTER TABLE network_regional_area ADD COLUMN version integer NOT NULL DEFAULT 0;
ALTER TABLE network_regional_area ADD CHECK (ended_on IS NULL OR (ended_on >= make_date(fiscal_year, 4, 1)
	AND ended_on <= make_date(fiscal_year + 1, 3, 31)));

ALTER TABLE network_promoter ADD COLUMN version integer NOT NULL DEFAULT 0;
