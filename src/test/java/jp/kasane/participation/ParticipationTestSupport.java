package jp.kasane.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.kasane.casework.CaseworkTestSupport;
import jp.kasane.support.Api;
import jp.kasane.support.Api.Response;

/** Steps the participation tests share: a person on a case the 参加支援事業者 may see, a 支援決定, hosts. */
abstract class ParticipationTestSupport extends CaseworkTestSupport {

	static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	/** A person and their case. */
	record PersonOnCase(String person, String caseId, int version) {
	}

	static LocalDate today() {
		return LocalDate.now(TOKYO);
	}

	/**
	 * Registers a person through the 地域包括支援センター with consent naming the center, 多機関協働 and the
	 * 参加支援事業者 (sanka), refers them to 多機関協働 and moves the case to プラン作成.
	 */
	PersonOnCase personInPlanning(String family, String given) {
		Api hokatsu = api("hokatsu");
		Api kyodo = api("kyodo");
		String person = register(hokatsu, family, given, "1988-04-01");
		consent(hokatsu, person, List.of(agencyOf("hokatsu"), agencyOf("kyodo"), agencyOf("sanka")));
		Response referred = hokatsu.post("/api/v1/cases", Map.of("people", List.of(person)));
		assertThat(referred.status()).as(referred.body()).isEqualTo(201);
		String caseId = referred.json().path("id").asString();
		int version = move(kyodo, caseId, "accept-application", Map.of("version", 0));
		version = move(kyodo, caseId, "start-assessment", Map.of("version", version));
		version = move(kyodo, caseId, "start-planning", Map.of("version", version));
		return new PersonOnCase(person, caseId, version);
	}

	/** The municipality's 参加支援 支援決定 on the case (an early start while the plan is not adopted). */
	void decideParticipation(String caseId) {
		Response decided = api("shiyakusho").post("/api/v1/cases/" + caseId + "/support-decisions",
				Map.of("program", "PARTICIPATION", "reason", "ひきこもりが長く、社会とのつながりを取り戻す場が必要"));
		assertThat(decided.status()).as(decided.body()).isEqualTo(200);
	}

	String newHost(Api api, String name, String kind, String area) {
		Response created = api.post("/api/v1/participation/hosts", Map.of("name", name, "kind", kind, "area", area,
				"contactName", "担当 太郎", "phone", "03-0000-0000"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().path("id").asString();
	}

	String newMenu(Api api, String host, String title, List<String> interests, List<String> days, String area, int capacity) {
		Map<String, Object> form = new HashMap<>(Map.of("kind", "PARTICIPATION", "title", title, "tasks", "切り出した作業",
				"days", days, "area", area, "capacity", capacity, "interests", interests, "hours", "10:00〜12:00"));
		Response created = api.post("/api/v1/participation/hosts/" + host + "/menus", form);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().path("id").asString();
	}
}
