package jp.kasane.reporting;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jp.kasane.IntegrationTest;
import jp.kasane.shared.AgencyId;
import jp.kasane.shared.Role;
import jp.kasane.shared.TenantId;
import jp.kasane.support.AsActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.test.context.TestPropertySource;

/**
 * Benchmark, not a test: the time of the fiscal-year report (all SQL aggregates, then each export file) on the demo
 * town (120 households, as {@code mvn spring-boot:run} makes it) and on a generated town of 100,000 residents
 * ({@code reporting/benchmark-town.sql}). Surefire's default includes do not match {@code *Benchmark}, so
 * {@code mvn verify} never runs it; run it with
 *
 * <pre>mvn -B -Pbenchmark test</pre>
 *
 * "cold" is the first report after the data was generated and analysed, in this JVM (nothing JIT-compiled, no
 * PostgreSQL plan cached, the table pages still in shared buffers from the inserts); "warm" is the median and the
 * fastest of the next {@value #RUNS} runs.
 */
@TestPropertySource(properties = "kasane.demo.households=120")
class FiscalYearReportBenchmark extends IntegrationTest {

	static final int RUNS = 20;
	static final UUID BIG_TOWN = UUID.fromString("6e000000-0000-4000-8000-000000000000");

	@Autowired
	ReportingManagement reporting;

	@Autowired
	StatisticsQueries queries;

	@Autowired
	@FlywayDataSource
	DataSource ownerDataSource;

	@Test
	void fiscalYearReport() throws SQLException {
		UUID demo = owner.sql("SELECT tenant_id FROM app_user WHERE username = 'shiyakusho'").query(UUID.class).single();
		UUID demoAgency = owner.sql("SELECT agency_id FROM app_user WHERE username = 'shiyakusho'").query(UUID.class).single();
		String demoYear = Integer.toString(AsActor.call(new TenantId(demo), new AgencyId(demoAgency), Role.MUNICIPAL_STAFF,
				() -> reporting.currentYear().year()));
		System.out.println();
		System.out.println("=== 実績報告 benchmark (" + Runtime.getRuntime().availableProcessors() + " cores, PostgreSQL embedded) ===");
		rows("demo town", demo);
		measure("demo town, 年度 " + demoYear, demo, demoAgency, demoYear);

		long started = System.nanoTime();
		try (Connection connection = ownerDataSource.getConnection()) {
			ScriptUtils.executeSqlScript(connection, new EncodedResource(new ClassPathResource("reporting/benchmark-town.sql"), "UTF-8"));
		}
		System.out.printf("generated the 100,000-resident town in %.1f s%n", (System.nanoTime() - started) / 1e9);
		rows("100,000-resident town", BIG_TOWN);
		UUID bigAgency = UUID.fromString("6e000000-0000-4000-8000-100000000001");
		measure("100,000-resident town, 年度 2024", BIG_TOWN, bigAgency, "2024");
		measure("100,000-resident town, 年度 2025", BIG_TOWN, bigAgency, "2025");
		perQuery(BIG_TOWN, bigAgency, 2024);
	}

	/** Each aggregate alone (warm median of {@value #RUNS}), to see which one to index. */
	private void perQuery(UUID tenant, UUID agency, int year) {
		System.out.println("--- each aggregate, 100,000-resident town, 年度 " + year);
		StatisticsQueries.Period p = StatisticsQueries.Period.of(tenant, new jp.kasane.shared.FiscalYear(year));
		java.util.Map<String, Supplier<Object>> all = new java.util.LinkedHashMap<>();
		all.put("consultationTotals", () -> queries.consultationTotals(p));
		all.put("consultationsByField", () -> queries.consultationsByField(p));
		all.put("consultationsByChannel", () -> queries.consultationsByChannel(p));
		all.put("consultationsByAgeBand", () -> queries.consultationsByAgeBand(p));
		all.put("consultationsByTag", () -> queries.consultationsByTag(p));
		all.put("referralsByStatus", () -> queries.referralsByStatus(p));
		all.put("casesOpened", () -> queries.casesOpened(p));
		all.put("casesByStateAtYearEnd", () -> queries.casesByStateAtYearEnd(p));
		all.put("caseEvents", () -> queries.caseEvents(p));
		all.put("supportDecisions", () -> queries.supportDecisions(p));
		all.put("conferencesHeld", () -> queries.conferencesHeld(p));
		all.put("agendaItemsByRole", () -> queries.agendaItemsByRole(p));
		all.put("outreachByStageAtYearEnd", () -> queries.outreachByStageAtYearEnd(p));
		all.put("outreachActivity", () -> queries.outreachActivity(p));
		all.put("placementsStartedByStatus", () -> queries.placementsStartedByStatus(p));
		all.put("participationActivity", () -> queries.participationActivity(p));
		all.put("issuesRaisedBySource", () -> queries.issuesRaisedBySource(p));
		all.put("issuesConcluded", () -> queries.issuesConcluded(p));
		all.put("eventsByKind", () -> queries.eventsByKind(p));
		all.put("eventParticipants", () -> queries.eventParticipants(p));
		all.put("householdsByFieldCount", () -> queries.householdsByFieldCount(p));
		all.forEach((name, query) -> time(name, tenant, agency, query));
	}

	private void measure(String what, UUID tenant, UUID agency, String year) {
		System.out.println("--- " + what);
		time("report (JSON model, all aggregates)", tenant, agency, () -> reporting.report(year, "INTERNAL"));
		time("report + CSV UTF-8", tenant, agency, () -> reporting.csv(year, "EXTERNAL", "utf-8"));
		time("report + CSV Shift_JIS", tenant, agency, () -> reporting.csv(year, "EXTERNAL", "shift_jis"));
		time("report + XLSX", tenant, agency, () -> reporting.xlsx(year, "EXTERNAL"));
		time("report + PDF", tenant, agency, () -> reporting.pdf(year, "EXTERNAL"));
	}

	private void time(String label, UUID tenant, UUID agency, Supplier<Object> task) {
		Supplier<Long> once = () -> AsActor.call(new TenantId(tenant), new AgencyId(agency), Role.MUNICIPAL_STAFF, () -> {
			long t = System.nanoTime();
			task.get();
			return System.nanoTime() - t;
		});
		long cold = once.get();
		List<Long> warm = new ArrayList<>();
		for (int i = 0; i < RUNS; i++) {
			warm.add(once.get());
		}
		Collections.sort(warm);
		System.out.printf("%-40s cold %8.1f ms   warm median %7.1f ms   fastest %7.1f ms%n", label, cold / 1e6,
				warm.get(RUNS / 2) / 1e6, warm.get(0) / 1e6);
	}

	private void rows(String what, UUID tenant) {
		StringBuilder out = new StringBuilder("rows of the " + what + ":");
		for (String table : List.of("person", "household", "household_member", "consultation", "referral", "support_case",
				"case_person", "case_event", "support_decision", "meeting", "meeting_agenda_item", "outreach_record",
				"outreach_attempt", "outreach_stage_change", "participation_placement", "participation_follow_up",
				"community_issue", "community_event")) {
			long n = owner.sql("SELECT count(*) FROM " + table + " WHERE tenant_id = ?").param(tenant).query(Long.class).single();
			out.append(' ').append(table).append('=').append(n);
		}
		System.out.println(out);
	}
}
