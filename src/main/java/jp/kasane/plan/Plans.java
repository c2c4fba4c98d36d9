package jp.kasane.plan;

import java.sql.Array;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.kasane.shared.TenantId;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plan versions of the current tenant. */
@Repository
class Plans {

	private final JdbcClient jdbc;

	Plans(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<SupportPlan> ofCase(TenantId tenant, UUID caseId) {
		return jdbc.sql("SELECT * FROM support_plan WHERE tenant_id = ? AND case_id = ? ORDER BY version_no DESC")
			.params(tenant.value(), caseId)
			.query((rs, n) -> new SupportPlan(rs.getObject("id", UUID.class), caseId, rs.getInt("version_no"),
					SupportPlan.Status.valueOf(rs.getString("status")), rs.getString("person_goals"), rs.getString("policy"),
					dates(rs.getArray("monitoring_dates")), roles(tenant, rs.getObject("id", UUID.class)),
					rs.getObject("adopted_decision", UUID.class), rs.getObject("adopted_on", LocalDate.class),
					rs.getInt("row_version")))
			.list();
	}

	Optional<SupportPlan> find(TenantId tenant, UUID caseId, UUID planId) {
		return ofCase(tenant, caseId).stream().filter(p -> p.id().equals(planId)).findFirst();
	}

	Optional<UUID> caseOf(TenantId tenant, UUID planId) {
		return jdbc.sql("SELECT case_id FROM support_plan WHERE tenant_id = ? AND id = ?")
			.params(tenant.value(), planId)
			.query(UUID.class)
			.optional();
	}

	void insert(TenantId tenant, UUID caseId, UUID id, int versionNo, PlanForm form) {
		jdbc.sql("""
				INSERT INTO support_plan (tenant_id, id, case_id, version_no, status, person_goals, policy, monitoring_dates)
				VALUES (?, ?, ?, ?, 'DRAFT', ?, ?, CAST(? AS date[]))""")
			.params(tenant.value(), id, caseId, versionNo, form.personGoals().strip(), form.policy().strip(), dateArray(form))
			.update();
		replaceRoles(tenant, id, form);
	}

	void update(TenantId tenant, UUID id, PlanForm form, int rowVersion) {
		int rows = jdbc.sql("""
				UPDATE support_plan SET person_goals = ?, policy = ?, monitoring_dates = CAST(? AS date[]), row_version = row_version + 1
				 WHERE tenant_id = ? AND id = ? AND row_version = ? AND status = 'DRAFT'""")
			.params(form.personGoals().strip(), form.policy().strip(), dateArray(form), tenant.value(), id, rowVersion)
			.update();
		if (rows == 0) {
			throw new OptimisticLockingFailureException("plan " + id + " changed concurrently");
		}
		replaceRoles(tenant, id, form);
	}

	void adopt(TenantId tenant, UUID caseId, UUID id, UUID decision, LocalDate on, int rowVersion) {
		jdbc.sql("UPDATE support_plan SET status = 'SUPERSEDED' WHERE tenant_id = ? AND case_id = ? AND status = 'ADOPTED'")
			.params(tenant.value(), caseId)
			.update();
		int rows = jdbc.sql("""
				UPDATE support_plan SET status = 'ADOPTED', adopted_decision = ?, adopted_on = ?, row_version = row_version + 1
				 WHERE tenant_id = ? AND id = ? AND row_version = ? AND status = 'DRAFT'""")
			.params(decision, on, tenant.value(), id, rowVersion)
			.update();
		if (rows == 0) {
			throw new OptimisticLockingFailureException("plan " + id + " changed concurrently");
		}
	}

	/** Monitoring dates of plans in force, from {@code from} to {@code until}, earliest first. */
	List<PlanManagement.MonitoringDue> monitoringDue(TenantId tenant, LocalDate from, LocalDate until) {
		return jdbc.sql("""
				SELECT p.case_id, d FROM support_plan p, unnest(p.monitoring_dates) AS d
				 WHERE p.tenant_id = ? AND p.status = 'ADOPTED' AND d BETWEEN ? AND ? ORDER BY d LIMIT 50""")
			.params(tenant.value(), from, until)
			.query((rs, n) -> new PlanManagement.MonitoringDue(rs.getObject("case_id", UUID.class), rs.getObject("d", LocalDate.class)))
			.list();
	}

	int nextVersionNo(TenantId tenant, UUID caseId) {
		return jdbc.sql("SELECT coalesce(max(version_no), 0) + 1 FROM support_plan WHERE tenant_id = ? AND case_id = ?")
			.params(tenant.value(), caseId)
			.query(Integer.class)
			.single();
	}

	private void replaceRoles(TenantId tenant, UUID plan, PlanForm form) {
		jdbc.sql("DELETE FROM plan_role WHERE tenant_id = ? AND plan_id = ?").params(tenant.value(), plan).update();
		for (PlanForm.RoleForm role : form.roles()) {
			jdbc.sql("INSERT INTO plan_role (tenant_id, plan_id, agency_id, role, tasks) VALUES (?, ?, ?, ?, ?)")
				.params(tenant.value(), plan, role.agency(), role.role().strip(), role.tasks())
				.update();
		}
	}

	private List<SupportPlan.Role> roles(TenantId tenant, UUID plan) {
		return jdbc.sql("SELECT * FROM plan_role WHERE tenant_id = ? AND plan_id = ? ORDER BY role")
			.params(tenant.value(), plan)
			.query((rs, n) -> new SupportPlan.Role(rs.getObject("agency_id", UUID.class), rs.getString("role"),
					rs.getString("tasks")))
			.list();
	}

	private static String dateArray(PlanForm form) {
		return "{" + String.join(",", form.monitoringDates().stream().map(LocalDate::toString).toList()) + "}";
	}

	private static List<LocalDate> dates(Array array) throws SQLException {
		return Arrays.stream((Date[]) array.getArray()).map(Date::toLocalDate).toList();
	}
}
