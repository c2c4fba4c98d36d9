-- A 謝礼 is paid once for a period (issue 11: no race creates anything twice). The application
-- refuses an overlapping period with 409 HONORARIUM_ALREADY_RECORDED (it locks the placement first);
-- this index is the database's last line of defence against the exact same payment stored twice.
-- Payment records are never deleted by a migration: if a database already holds such a double,
-- the index is not created and the migration says so, for the municipality to review.
DO $$
BEGIN
	CREATE UNIQUE INDEX participation_honorarium_period_once
		ON participation_honorarium (tenant_id, placement_id, period_from, period_to);
EXCEPTION WHEN unique_violation THEN
	RAISE WARNING 'participation_honorarium holds the same period paid twice for a placement; '
		'index participation_honorarium_period_once not created (review the doubles, then create it)';
END
$$;
