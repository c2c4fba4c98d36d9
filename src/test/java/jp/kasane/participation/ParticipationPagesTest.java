package jp.kasane.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jp.kasane.support.Api;
import jp.kasane.support.PageSession;
import jp.kasane.support.PageSession.Page;
import org.junit.jupiter.api.Test;

/** The participation pages through the real security filters: upkeep of hosts and menus, and who sees what. */
class ParticipationPagesTest extends ParticipationTestSupport {

	@Test
	void theParticipationOperatorKeepsHostsAndMenusInThePages() {
		Api sanka = api("sanka");
		String name = "ページの商店" + uniqueKana();
		String host = newHost(sanka, name, "SHOP", "南部圏域");
		String menu = newMenu(sanka, host, "品出し" + uniqueKana(), List.of("SALES"), List.of("MONDAY"), "南部圏域", 2);

		PageSession pages = pages("sanka");
		Page page = pages.get("/participation/hosts/" + host);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains(name, "空き 2/2", "このメニューを変更する");

		Page renamed = pages.submit("/participation/hosts/" + host, Map.of("name", name + "本店", "kind", "SHOP", "area",
				"南部圏域", "version", "0"));
		assertThat(renamed.body()).contains("受け入れ先「" + name + "本店」を更新しました");
		Page stale = pages.submit("/participation/hosts/" + host, Map.of("name", name + "支店", "kind", "SHOP", "area",
				"南部圏域", "version", "0"));
		assertThat(stale.body()).contains("他の人が先に更新しました").doesNotContain(name + "支店");

		Page noDays = pages.submit("/participation/menus/" + menu, Map.of("kind", "WORK", "title", "品出し", "tasks", "品出し",
				"area", "南部圏域", "capacity", "2", "version", "0", "active", "true"));
		assertThat(noDays.body()).contains("受け入れる曜日を1つ以上選んでください");
		Page paused = pages.submit("/participation/menus/" + menu, Map.of("kind", "WORK", "title", "品出し", "tasks", "品出し",
				"area", "南部圏域", "capacity", "2", "version", "0", "days", "FRIDAY"));
		assertThat(paused.body()).contains("メニュー「品出し」を更新しました（休止中）", "休止中");
		assertThat(sanka.get("/api/v1/participation/menus/" + menu).json().path("active").asBoolean()).isFalse();
		Page badCapacity = pages.submit("/participation/hosts/" + host + "/menus", Map.of("kind", "WORK", "title", "棚卸し",
				"tasks", "棚卸し", "area", "南部圏域", "capacity", "たくさん", "days", "MONDAY"));
		assertThat(badCapacity.body()).contains("数字で入力してください");
	}

	@Test
	void otherAgenciesSeeTheHostsButNoPersonsParticipation() {
		PersonOnCase p = personInPlanning("参加", "ページ");
		decideParticipation(p.caseId());

		PageSession hokatsu = pages("hokatsu");
		Page index = hokatsu.get("/participation");
		assertThat(index.status()).isEqualTo(200);
		assertThat(index.body()).contains("緑が丘ファーム（高橋農園）").doesNotContain("期限の来たフォローアップ", "受け入れ先を登録する");
		assertThat(hokatsu.get("/participation/people/" + p.person()).status()).isEqualTo(404);
		assertThat(hokatsu.post("/participation/hosts", Map.of("name", "勝手に", "kind", "SHOP", "area", "北部圏域")).status())
			.isEqualTo(403);

		PageSession sanka = pages("sanka");
		Page person = sanka.get("/participation/people/" + p.person());
		assertThat(person.status()).isEqualTo(200);
		assertThat(person.body()).contains("参加　ページ", "さんの参加支援", "早期開始（プラン採用前の支援決定）");
		assertThat(pages("shiyakusho").get("/participation/people/" + p.person()).status()).isEqualTo(200);
	}

	@Test
	void theWishesStartFromThePlan() {
		PersonOnCase p = personInPlanning("参加", "プラン");
		decideParticipation(p.caseId());
		var drafted = api("kyodo").post("/api/v1/cases/" + p.caseId() + "/plans", Map.of("personGoals",
				"犬の散歩のように、外でできることから始めたい", "policy", "参加支援で居場所を作る", "roles",
				List.of(Map.of("agency", agencyOf("sanka"), "role", "参加支援"))));
		assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);

		Page person = pages("sanka").get("/participation/people/" + p.person());
		assertThat(person.body()).contains("プランの本人の目標", "犬の散歩のように", "プランの本人の目標から選んであります");
		assertThat(person.body()).containsPattern("value=\"ANIMALS\"\\s+checked").containsPattern("value=\"OUTDOOR\"\\s+checked")
			.doesNotContainPattern("value=\"COOKING\"\\s+checked");
	}
}
