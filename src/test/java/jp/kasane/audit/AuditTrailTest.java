package jp.kasane.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import jp.kasane.IntegrationTest;
import jp.kasane.shared.AgencyId;
import jp.kasane.shared.Role;
import jp.kasane.shared.TenantId;
import jp.kasane.support.Api;
import jp.kasane.support.Api.Response;
import jp.kasane.support.AsActor;
import org.junit.jupiter.api.Test;

/**
 * Invariant 6: every read of a person leaves an entry; the chain shows tampering; and when no
 * entry can be written, the data is not returned.
 */
class AuditTrailTest extends IntegrationTest {

	@Test
	void everyReadOfAPersonLeavesAnEntryWithWhoWhatAndBasis() {
		Api hokatsu = api("hokatsu");
		String person = hokatsu.post("/api/v1/people", personForm("記録", "確認", "キロク", uniqueKana(), "1960-01-01"))
			.json().path("id").asString();
		int before = entries(person, "READ");

		assertThat(hokatsu.get("/api/v1/people/" + person).status()).isEqualTo(200);
		assertThat(api("shiyakusho").get("/api/v1/people/" + person).status()).isEqualTo(200);
		assertThat(pages("hokatsu").get("/people/" + person).status()).isEqualTo(200);

		assertThat(entries(person, "READ")).isEqualTo(before + 3);
		Response log = api("kansa").get("/api/v1/audit/entries?person=" + person);
		assertThat(log.json().findValuesAsString("username")).contains("hokatsu", "shiyakusho");
		assertThat(log.json().findValuesAsString("basis")).contains("AGENCY_REGISTERED", "MUNICIPAL_ROLE");
		assertThat(log.json().findValuesAsString("action")).contains("CREATE", "READ");
		assertThat(log.body()).as("ids only, never names").doesNotContain("記録");
		assertThat(api("kansa").get("/api/v1/audit/entries?user=shiyakusho&from=2020-01-01").json().size()).isPositive();
		assertThat(api("hokatsu").get("/api/v1/audit/entries").status()).as("auditors only").isEqualTo(403);
	}

	@Test
	void aChangedOrRemovedEntryBreaksTheChain() {
		Api kansa = api("kansa");
		readSomeone();
		assertThat(kansa.get("/api/v1/audit/verify").json().path("intact").asBoolean()).isTrue();
		UUID tenant = demoTenant();
		long seq = owner.sql("SELECT max(seq) - 1 FROM audit_entry WHERE tenant_id = ?").param(tenant).query(Long.class).single();
		String basis = owner.sql("SELECT basis FROM audit_entry WHERE tenant_id = ? AND seq = ?").params(tenant, seq)
			.query(String.class).single();
		try {
			tamper("UPDATE audit_entry SET basis = 'FORGED' WHERE tenant_id = ? AND seq = ?", tenant, seq);
			Response broken = kansa.get("/api/v1/audit/verify");
			assertThat(broken.json().path("intact").asBoolean()).isFalse();
			assertThat(broken.json().path("firstBrokenSeq").asLong()).isEqualTo(seq);
		}
		finally {
			tamper("UPDATE audit_entry SET basis = '" + basis.replace("'", "''") + "' WHERE tenant_id = ? AND seq = ?", tenant, seq);
		}
		assertThat(kansa.get("/api/v1/audit/verify").json().path("intact").asBoolean()).isTrue();

		var removed = owner.sql("SELECT * FROM audit_entry WHERE tenant_id = ? AND seq = ?").params(tenant, seq).query().singleRow();
		try {
			tamper("DELETE FROM audit_entry WHERE tenant_id = ? AND seq = ?", tenant, seq);
			Response broken = kansa.get("/api/v1/audit/verify");
			assertThat(broken.json().path("intact").asBoolean()).isFalse();
			assertThat(broken.json().path("firstBrokenSeq").asLong()).isEqualTo(seq + 1);
		}
		finally {
			owner.sql("""
					INSERT INTO audit_entry (tenant_id, seq, at, user_id, username, agency_id, action, record_type, record_id,
					                         person_id, basis, prev_hash, hash, key_id)
					VALUES (:tenant_id, :seq, :at, :user_id, :username, :agency_id, :action, :record_type, :record_id,
					        :person_id, :basis, :prev_hash, :hash, :key_id)""").params(removed).update();
		}
		assertThat(kansa.get("/api/v1/audit/verify").json().path("intact").asBoolean()).isTrue();
	}

	@Test
	void theApplicationCannotChangeOrDeleteEntries() {
		UUID tenant = demoTenant();
		AgencyId agency = new AgencyId(owner.sql("SELECT agency_id FROM auth_find_user('shiyakusho')").query(UUID.class).single());
		assertThatThrownBy(() -> AsActor.call(new TenantId(tenant), agency, Role.MUNICIPAL_STAFF,
				() -> jdbc.sql("UPDATE audit_entry SET basis = 'X' WHERE seq = 1").update()))
			.rootCause().hasMessageContaining("permission denied");
		assertThatThrownBy(() -> AsActor.call(new TenantId(tenant), agency, Role.MUNICIPAL_STAFF,
				() -> jdbc.sql("DELETE FROM audit_entry WHERE seq = 1").update()))
			.rootCause().hasMessageContaining("permission denied");
	}

	@Test
	void noEntryNoData() {
		Api hokatsu = api("hokatsu");
		String person = hokatsu.post("/api/v1/people", personForm("秘匿", "保護", "ヒトク", uniqueKana(), "1961-01-01"))
			.json().path("id").asString();
		int before = owner.sql("SELECT count(*) FROM audit_entry").query(Integer.class).single();
		owner.sql("REVOKE INSERT ON audit_entry FROM kasane_app").update();
		try {
			Response refused = hokatsu.get("/api/v1/people/" + person);
			assertThat(refused.status()).isEqualTo(503);
			assertThat(refused.code()).isEqualTo("AUDIT_UNAVAILABLE");
			assertThat(refused.body()).doesNotContain("秘匿").doesNotContain("保護");
			var page = pages("hokatsu").get("/people/" + person);
			assertThat(page.status()).isEqualTo(503);
			assertThat(page.body()).contains("監査ログ").doesNotContain("秘匿");
		}
		finally {
			owner.sql("GRANT INSERT ON audit_entry TO kasane_app").update();
		}
		assertThat(owner.sql("SELECT count(*) FROM audit_entry").query(Integer.class).single()).isEqualTo(before);
		assertThat(hokatsu.get("/api/v1/people/" + person).status()).isEqualTo(200);
	}

	private void readSomeone() {
		Api municipal = api("shiyakusho");
		String id = municipal.get("/api/v1/people?q=").json().path(0).path("id").asString();
		municipal.get("/api/v1/people/" + id);
	}

	private int entries(String person, String action) {
		return owner.sql("SELECT count(*) FROM audit_entry WHERE person_id = ?::uuid AND action = ?")
			.params(person, action).query(Integer.class).single();
	}

	private UUID demoTenant() {
		return owner.sql("SELECT tenant_id FROM auth_find_user('kansa')").query(UUID.class).single();
	}

	/**
	 * Changes the log as someone with the schema owner's access would, bypassing the append-only trigger
	 * (the owner is no superuser, so session_replication_role is not open to it; disabling the trigger is).
	 */
	private void tamper(String sql, UUID tenant, long seq) {
		owner.sql("ALTER TABLE audit_entry DISABLE TRIGGER USER; " + sql.replace("?", "%s").formatted("'" + tenant + "'", seq)
				+ "; ALTER TABLE audit_entry ENABLE TRIGGER USER").update();
	}
}
