package jp.kasane.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.kasane.IntegrationTest;
import jp.kasane.shared.AgencyId;
import jp.kasane.shared.Role;
import jp.kasane.shared.TenantId;
import jp.kasane.support.Api;
import jp.kasane.support.Api.Response;
import jp.kasane.support.AsActor;
import jp.kasane.support.PageSession;
import jp.kasane.support.PageSession.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 11 item 4: nobody gives themselves a resident-reading role; such a role, proposed by a system administrator,
 * takes effect only when municipal staff who are neither proposer nor grantee confirm it; both steps, and every
 * account, role, agency and tenant change, are in the audit log.
 */
class SeparationOfDutiesTest extends IntegrationTest {

	@Autowired
	OrganizationManagement organization;

	@Test
	void aCaseworkerRoleTakesEffectOnlyWhenMunicipalStaffConfirmIt() {
		String username = unique("cw");
		Response created = api("admin").post("/api/v1/users", account(username, List.of("CASEWORKER")));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String userId = created.json().path("id").asString();
		assertThat(created.json().path("roles").size()).as("nothing given yet").isZero();
		assertThat(created.json().path("pendingRoles").path(0).asString()).isEqualTo("CASEWORKER");
		assertThat(api(username).get("/api/v1/people?q=").status()).as("no resident data before confirmation").isEqualTo(403);

		String grant = pendingGrantOf(username);
		assertThat(api("admin").post("/api/v1/role-grants/" + grant + "/confirm", Map.of()).status())
			.as("an administrator cannot confirm").isEqualTo(403);
		assertThat(api("hokatsu").post("/api/v1/role-grants/" + grant + "/confirm", Map.of()).status())
			.as("nor a caseworker").isEqualTo(403);

		Response confirmed = api("shiyakusho").post("/api/v1/role-grants/" + grant + "/confirm", Map.of());
		assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
		assertThat(confirmed.json().path("roles").path(0).asString()).isEqualTo("CASEWORKER");
		assertThat(confirmed.json().path("pendingRoles").size()).isZero();
		assertThat(api(username).get("/api/v1/people?q=").status()).isEqualTo(200);

		Response again = api("shiyakusho").post("/api/v1/role-grants/" + grant + "/reject", Map.of());
		assertThat(again.status()).isEqualTo(422);
		assertThat(again.code()).isEqualTo("GRANT_ALREADY_DECIDED");

		assertThat(audited("user-account", userId)).containsExactly("CREATE");
		assertThat(audited("role-grant", grant)).containsExactly("PROPOSE", "CONFIRM");
		assertThat(owner.sql("SELECT username FROM audit_entry WHERE record_id = ? ORDER BY seq").param(grant)
			.query(String.class).list()).containsExactly("admin", "shiyakusho");
	}

	@Test
	void nobodyGrantsAResidentReadingRoleToThemselves() {
		String adminId = idOf("admin");
		Response self = api("admin").put("/api/v1/users/" + adminId, Api.complete(UserForm.class, Map.of("username", "admin", "displayName", "管理者",
				"agencyId", agencyOf("admin"), "roles", List.of("SYSTEM_ADMIN", "MUNICIPAL_STAFF"), "enabled", true)));
		assertThat(self.status()).isEqualTo(422);
		assertThat(self.code()).isEqualTo("SELF_GRANT_FORBIDDEN");
		assertThat(self.json().path("detail").asString()).contains("自分自身に付与することはできません");
		assertThat(api("admin").get("/api/v1/users/" + adminId).json().path("pendingRoles").size()).isZero();

		PageSession page = pages("admin");
		page.get("/admin/users/" + adminId);
		Page refused = page.postEncoded("/admin/users/" + adminId, PageSession.encode(Map.of("username", "admin",
				"displayName", "管理者", "agencyId", agencyOf("admin"), "enabled", "true", "password", ""))
				+ "&roles=SYSTEM_ADMIN&roles=COORDINATOR");
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("自分自身に付与することはできません");

		// Municipal staff who are also the grantee cannot confirm their own grant.
		String dual = provision(unique("dual"), EnumSet.of(Role.MUNICIPAL_STAFF));
		Response proposed = api("admin").put("/api/v1/users/" + idOf(dual), Api.complete(UserForm.class, Map.of("username", dual, "displayName", "試験 二役",
				"agencyId", agencyOf("shiyakusho"), "roles", List.of("MUNICIPAL_STAFF", "COORDINATOR"), "enabled", true)));
		assertThat(proposed.status()).as(proposed.body()).isEqualTo(200);
		assertThat(proposed.json().path("roles").toString()).doesNotContain("COORDINATOR");
		String grant = pendingGrantOf(dual);
		Response own = api(dual).post("/api/v1/role-grants/" + grant + "/confirm", Map.of());
		assertThat(own.status()).isEqualTo(422);
		assertThat(own.code()).isEqualTo("SELF_GRANT_FORBIDDEN");
		assertThat(api("shiyakusho").post("/api/v1/role-grants/" + grant + "/confirm", Map.of()).status()).isEqualTo(200);
	}

	@Test
	void theProposerCannotConfirmTheirOwnProposalAndARejectionGivesNothing() {
		String both = provision(unique("both"), EnumSet.of(Role.SYSTEM_ADMIN, Role.MUNICIPAL_STAFF));
		String username = unique("co");
		Response created = api(both).post("/api/v1/users", account(username, List.of("COORDINATOR")));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String grant = pendingGrantOf(username);
		Response own = api(both).post("/api/v1/role-grants/" + grant + "/confirm", Map.of());
		assertThat(own.status()).isEqualTo(422);
		assertThat(own.code()).isEqualTo("OWN_PROPOSAL");

		Response rejected = api("shiyakusho").post("/api/v1/role-grants/" + grant + "/reject", Map.of());
		assertThat(rejected.status()).isEqualTo(200);
		assertThat(rejected.json().path("roles").size()).isZero();
		assertThat(rejected.json().path("pendingRoles").size()).isZero();
		assertThat(audited("role-grant", grant)).containsExactly("PROPOSE", "REJECT");
	}

	@Test
	void rolesThatReadNoResidentDataAreGivenInOneStepAndAudited() {
		String username = unique("au");
		Response created = api("admin").post("/api/v1/users", account(username, List.of("AUDITOR")));
		String id = created.json().path("id").asString();
		assertThat(created.json().path("roles").path(0).asString()).isEqualTo("AUDITOR");
		Response changed = api("admin").put("/api/v1/users/" + id, Api.complete(UserForm.class, Map.of("username", username, "displayName", "試験 監査",
				"agencyId", agencyOf("kansa"), "roles", List.of("AUDITOR", "SYSTEM_ADMIN"), "password", "a-brand-new-password",
				"enabled", true, "version", 0)));
		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
		assertThat(audited("user-account", id)).containsExactly("CREATE", "UPDATE");
		assertThat(audited("role-grant", id)).containsExactly("UPDATE");
		assertThat(audited("user-password", id)).containsExactly("UPDATE");

		Response agency = api("admin").post("/api/v1/agencies", Map.of("name", "監査される機関", "kind", "NPO",
				"fields", List.of("OTHER"), "active", true));
		assertThat(audited("agency", agency.json().path("id").asString())).containsExactly("CREATE");
		String tenantName = api("admin").get("/api/v1/tenant").json().path("name").asString();
		String tenantCode = api("admin").get("/api/v1/tenant").json().path("code").asString();
		api("admin").put("/api/v1/tenant", Api.complete(TenantForm.class, Map.of("name", tenantName, "kind", "MUNICIPALITY", "municipalityCode", tenantCode)));
		assertThat(owner.sql("SELECT count(*) FROM audit_entry WHERE record_type = 'tenant' AND action = 'UPDATE'")
			.query(Integer.class).single()).isPositive();
	}

	@Test
	void municipalStaffConfirmOnThePendingGrantsPage() {
		String username = unique("pg");
		api("admin").post("/api/v1/users", account(username, List.of("CASEWORKER")));
		assertThat(pages("admin").get("/admin/role-grants").body()).contains(username).contains("市町村担当課の職員が判断します")
			.doesNotContain(">承認</button>");

		PageSession staff = pages("shiyakusho");
		Page list = staff.get("/admin/role-grants");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body()).contains(username).contains("相談支援員").contains(">承認</button>").contains(">却下</button>");
		Page done = staff.submit("/admin/role-grants/" + pendingGrantOf(username) + "/confirm", Map.of());
		assertThat(done.body()).contains("権限付与を承認しました").doesNotContain(username + "</td>");
		assertThat(pages("hokatsu").get("/admin/role-grants").status()).isEqualTo(403);
	}

	private String pendingGrantOf(String username) {
		return api("admin").get("/api/v1/role-grants").json().valueStream()
			.filter(g -> g.path("username").asString().equals(username))
			.map(g -> g.path("id").asString())
			.findFirst()
			.orElseThrow();
	}

	private List<String> audited(String recordType, String recordId) {
		return owner.sql("SELECT action FROM audit_entry WHERE record_type = ? AND record_id = ? ORDER BY seq")
			.params(recordType, recordId)
			.query(String.class)
			.list();
	}

	private Map<String, Object> account(String username, List<String> roles) {
		return Map.of("username", username, "displayName", "試験 職員", "agencyId", agencyOf("shiyakusho"), "roles", roles,
				"password", PASSWORD, "enabled", true);
	}

	/** Set-up as an operator would: an account with its roles at once (provisioning has no HTTP endpoint). */
	private String provision(String username, EnumSet<Role> roles) {
		TenantId tenant = new TenantId(owner.sql("SELECT tenant_id FROM auth_find_user('admin')").query(UUID.class).single());
		AgencyId agency = new AgencyId(UUID.fromString(agencyOf("shiyakusho")));
		AsActor.call(tenant, agency, Role.SYSTEM_ADMIN, () -> organization.provisionUser(new UserForm(username, "試験 職員",
				agency.value(), roles, PASSWORD, true, null)));
		return username;
	}

	private String idOf(String username) {
		return owner.sql("SELECT id FROM auth_find_user(?)").param(username).query(UUID.class).single().toString();
	}

	private String agencyOf(String username) {
		return owner.sql("SELECT agency_id FROM auth_find_user(?)").param(username).query(UUID.class).single().toString();
	}

	private static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}
}
