package jp.kasane.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jp.kasane.IntegrationTest;
import jp.kasane.consent.ConsentForm;
import jp.kasane.consent.ConsentManagement;
import jp.kasane.consent.ConsentMethod;
import jp.kasane.consent.ConsentPurpose;
import jp.kasane.organization.Agency;
import jp.kasane.organization.AgencyForm;
import jp.kasane.organization.AgencyKind;
import jp.kasane.organization.OrganizationManagement;
import jp.kasane.organization.TenantKind;
import jp.kasane.organization.UserForm;
import jp.kasane.person.HouseholdForm;
import jp.kasane.person.HouseholdManagement;
import jp.kasane.person.PersonForm;
import jp.kasane.person.PersonManagement;
import jp.kasane.person.Relationship;
import jp.kasane.shared.AgencyId;
import jp.kasane.shared.Field;
import jp.kasane.shared.HouseholdId;
import jp.kasane.shared.MunicipalityCode;
import jp.kasane.shared.PersonId;
import jp.kasane.shared.Role;
import jp.kasane.shared.TenantId;
import jp.kasane.support.Api;
import jp.kasane.support.AsActor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Invariant 7: a user of tenant A gets 404 for every person, household, consent and agency of
 * tenant B through every endpoint, and PostgreSQL row-level security hides B's rows even from a
 * query that forgets its tenant predicate.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenantIsolationTest extends IntegrationTest {

	@Autowired
	OrganizationManagement organization;

	@Autowired
	PersonManagement people;

	@Autowired
	HouseholdManagement households;

	@Autowired
	ConsentManagement consents;

	TenantId tenantB;
	AgencyId agencyB;
	PersonId personB;
	HouseholdId householdB;
	UUID consentB;

	@BeforeAll
	void createTenantB() {
		tenantB = organization.provisionTenant(TenantKind.MUNICIPALITY, "東京都みなと町（テスト）", MunicipalityCode.parse("139971"));
		AgencyId setup = new AgencyId(new UUID(0, 0));
		Agency agency = AsActor.call(tenantB, setup, Role.SYSTEM_ADMIN, () -> {
			Agency a = organization.createAgency(new AgencyForm("みなと町福祉課", AgencyKind.MUNICIPAL_DEPARTMENT,
					EnumSet.of(Field.OTHER), null, false, null, null, null, true, null));
			organization.provisionUser(new UserForm("minato-staff", "みなと 職員", a.id().value(), EnumSet.of(Role.MUNICIPAL_STAFF),
					PASSWORD, true, null));
			organization.provisionUser(new UserForm("minato-admin", "みなと 管理者", a.id().value(), EnumSet.of(Role.SYSTEM_ADMIN),
					PASSWORD, true, null));
			return a;
		});
		agencyB = agency.id();
		personB = AsActor.call(tenantB, agencyB, Role.MUNICIPAL_STAFF, () -> people.register(new PersonForm("港", "花子",
				"ミナト", "ハナコ", "1950-05-05", null, null, "みなと町1-1", null, null, true, null)).id());
		householdB = AsActor.call(tenantB, agencyB, Role.MUNICIPAL_STAFF, () -> households.create(new HouseholdForm("港世帯",
				null, null, personB.value(), Relationship.HEAD, LocalDate.of(2000, 1, 1))));
		consentB = AsActor.call(tenantB, agencyB, Role.MUNICIPAL_STAFF, () -> consents.record(personB, new ConsentForm(
				Set.of(ConsentPurpose.INFORMATION_SHARING), Set.of(agencyB.value()), true, ConsentMethod.WRITTEN, "職員",
				LocalDate.of(2025, 1, 1), null, null)).id());
	}

	@Test
	void municipalStaffOfAnotherTenantGet404ForEveryRecordOfB() {
		Api a = api("shiyakusho");
		Map<String, Object> personBody = personForm("港", "花子", "ミナト", "ハナコ", "1950-05-05");
		personBody.put("confirmedNotDuplicate", true);
		List<Api.Response> answers = List.of(a.get("/api/v1/people/" + personB), a.put("/api/v1/people/" + personB, Api.complete(jp.kasane.person.PersonForm.class, personBody)),
				a.get("/api/v1/people/" + personB + "/households"), a.get("/api/v1/people/" + personB + "/consents"),
				a.post("/api/v1/people/" + personB + "/consents", Map.of("purposes", List.of("REFERRAL"),
						"agencies", List.of(agencyB.toString()), "coversConference", false, "method", "ORAL",
						"obtainedByName", "x", "obtainedOn", "2025-01-01")),
				a.post("/api/v1/people/" + personB + "/consents/" + consentB + "/withdraw", Map.of("withdrawnOn", "2025-02-01")),
				a.get("/api/v1/people/" + personB + "/sharing?agency=" + agencyB + "&purpose=REFERRAL"),
				a.get("/api/v1/households/" + householdB),
				a.post("/api/v1/households/" + householdB + "/members", Map.of("person", personB.toString(),
						"relationship", "CHILD", "joinedOn", "2020-01-01")),
				a.get("/api/v1/agencies/" + agencyB));
		assertThat(answers).allSatisfy(r -> {
			assertThat(r.status()).as(r.body()).isEqualTo(404);
			assertThat(r.body()).doesNotContain("花子").doesNotContain("みなと町");
		});
		assertThat(a.get("/api/v1/people?q=ミナト").json().findValuesAsString("id")).doesNotContain(personB.toString());
		String userB = api("minato-admin").get("/api/v1/users").json().path(0).path("id").asString();
		assertThat(api("admin").get("/api/v1/users/" + userB).status()).isEqualTo(404);
		assertThat(api("admin").put("/api/v1/users/" + userB, Api.complete(jp.kasane.organization.UserForm.class, Map.of("username", "minato-staff", "displayName", "乗っ取り",
				"agencyId", agencyB.toString(), "roles", List.of("SYSTEM_ADMIN"), "enabled", true))).status()).isEqualTo(404);
		assertThat(api("admin").put("/api/v1/agencies/" + agencyB, Api.complete(jp.kasane.organization.AgencyForm.class, Map.of("name", "乗っ取り", "kind", "NPO",
				"fields", List.of("OTHER"), "active", true))).status()).isEqualTo(404);
	}

	@Test
	void usersOfBSeeNothingOfA() {
		Api b = api("minato-staff");
		String personA = api("shiyakusho").get("/api/v1/people?q=").json().path(0).path("id").asString();
		assertThat(b.get("/api/v1/people/" + personA).status()).isEqualTo(404);
		assertThat(b.get("/api/v1/people?q=").json().findValuesAsString("id")).containsExactly(personB.toString());
		assertThat(b.get("/api/v1/agencies").json().findValuesAsString("name")).containsExactly("みなと町福祉課");
		assertThat(api("minato-admin").get("/api/v1/users").json().findValuesAsString("username"))
			.containsExactlyInAnyOrder("minato-staff", "minato-admin");
		assertThat(b.get("/api/v1/tenant").json().path("name").asString()).isEqualTo("東京都みなと町（テスト）");
	}

	@Test
	void rowLevelSecurityHidesOtherTenantsRowsFromQueriesWithoutATenantPredicate() {
		TenantId tenantA = new TenantId(owner.sql("SELECT tenant_id FROM auth_find_user('shiyakusho')").query(UUID.class).single());
		AgencyId agencyA = new AgencyId(owner.sql("SELECT agency_id FROM auth_find_user('shiyakusho')").query(UUID.class).single());
		for (String table : List.of("person", "household", "household_member", "consent", "person_access", "agency",
				"app_user", "audit_entry", "tenant")) {
			int visibleToA = AsActor.call(tenantA, agencyA, Role.MUNICIPAL_STAFF,
					() -> jdbc.sql("SELECT count(*) FROM " + table + " WHERE " + (table.equals("tenant") ? "id" : "tenant_id")
							+ " = ?").param(tenantB.value()).query(Integer.class).single());
			assertThat(visibleToA).as(table).isZero();
		}
		int storedForB = owner.sql("SELECT count(*) FROM person WHERE tenant_id = ?").param(tenantB.value()).query(Integer.class).single();
		assertThat(storedForB).isEqualTo(1);
		int withoutActor = jdbc.sql("SELECT count(*) FROM person").query(Integer.class).single();
		assertThat(withoutActor).as("a connection borrowed by nobody sees no tenant").isZero();
	}

	/**
	 * Every table that holds a tenant's rows — those of modules written later too — is isolated by
	 * row-level security that binds the table owner as well (invariant 7).
	 */
	@Test
	void everyTableWithATenantColumnIsUnderRowLevelSecurity() {
		List<Map<String, Object>> tables = owner.sql("""
				SELECT c.relname AS name, c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced,
				       EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid AND p.polname = 'tenant_isolation') AS policy
				  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
				 WHERE n.nspname = 'public' AND c.relkind = 'r'
				   AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped)""")
			.query()
			.listOfRows();
		assertThat(tables).as("tables with tenant_id").hasSizeGreaterThan(40);
		assertThat(tables).allSatisfy(t -> assertThat(List.of(t.get("enabled"), t.get("forced"), t.get("policy")))
			.as("row-level security of " + t.get("name")).containsOnly(true));
	}
}
