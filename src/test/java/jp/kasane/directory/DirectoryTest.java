package jp.kasane.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import jp.kasane.IntegrationTest;
import jp.kasane.support.Api;
import jp.kasane.support.PageSession;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The directory on the demo town over real HTTP: search by words, target, area and day/time; the
 * confidential shelter's address hidden from a caseworker on the page, in the API and in the export;
 * who may maintain places; bad input answered with the field and a Japanese message.
 */
class DirectoryTest extends IntegrationTest {

	static final String SHELTER = "女性と子どものための一時保護シェルター あおい";
	static final String SHELTER_ADDRESS = "緑が丘5丁目3番8号";
	static final String SECOND_SHELTER_ADDRESS = "西野4丁目9番1号";

	@Test
	void theDemoTownHasAtLeastSixtyPlacesOfEveryKind() {
		JsonNode all = api("hokatsu").get("/api/v1/directory/places").json();
		assertThat(all.size()).isGreaterThanOrEqualTo(60);
		Set<String> kinds = StreamSupport.stream(all.values().spliterator(), false).map(p -> p.path("kind").asString())
			.collect(Collectors.toSet());
		assertThat(kinds).hasSize(PlaceKind.values().length);
		assertThat(names(all)).contains("ふれあいいきいきサロン 北町");
		JsonNode salon = find(all, "ふれあいいきいきサロン 北町");
		assertThat(salon.path("scheduleLabels").get(0).asString()).isEqualTo("毎月第2火曜 10:00〜12:00");
		assertThat(salon.path("schedules").get(0).path("byday").asString()).isEqualTo("2TU");
		assertThat(salon.path("areasLabel").asString()).contains("北小学校区");
	}

	@Test
	void saturdayAfternoonForAChildInTheNorthSchoolDistrict() {
		List<String> names = names(search("hokatsu", Map.of("target", "CHILDREN", "area", "北小学校区", "day", "土", "time", "午後")));
		assertThat(names).contains("北町こども食堂 ひまわり", "土曜の居場所 きたっこひろば", "旭町ふらっとカフェ",
				"子育て支援センター にじいろ");
		assertThat(names).as("other school district").doesNotContain("みなみ地域食堂", "しののめブックカフェ");
		assertThat(names).as("closes at 12:00 sharp, 午後 starts at 12:00").doesNotContain("パパと遊ぼう 土曜ひろば",
				"図書館 本の整理ボランティア");
		assertThat(names).as("for the elderly only").doesNotContain("オレンジサロン しののめ", "ふれあいいきいきサロン 北町");
		assertThat(names).as("not on Saturdays").doesNotContain("子育てひろば きたっこ");
		// Japanese labels work as well as codes
		assertThat(names(search("hokatsu", Map.of("target", "子ども・子育て", "area", "北小学校区", "day", "土曜日", "time", "午後"))))
			.containsExactlyElementsOf(names);
	}

	@Test
	void aDateAsksForThatVeryDay() {
		// 2026-03-14 is the second Saturday of March 2026, 2026-03-21 the third.
		assertThat(names(search("kodomo", Map.of("day", "2026-03-14", "time", "午前", "target", "CHILDREN"))))
			.contains("パパと遊ぼう 土曜ひろば");
		assertThat(names(search("kodomo", Map.of("day", "2026-03-21", "time", "午前", "target", "CHILDREN"))))
			.doesNotContain("パパと遊ぼう 土曜ひろば");
		assertThat(names(search("kodomo", Map.of("day", "土", "time", "午前", "target", "CHILDREN")))).contains("パパと遊ぼう 土曜ひろば");
		assertThat(names(search("kodomo", Map.of("time", "夜間", "target", "DISABILITY")))).contains("夜のたまり場")
			.doesNotContain("地域活動支援センター ひだまり");
	}

	@Test
	void wordsMatchPartsOfNameDescriptionAndOperator() {
		List<String> dining = names(search("hokatsu", Map.of("q", "食堂")));
		assertThat(dining).contains("本町みんな食堂", "北町こども食堂 ひまわり", "夜の子ども食堂 ともしび");
		assertThat(dining).doesNotContain("百歳体操 南台");
		assertThat(names(search("hokatsu", Map.of("q", "よりそい")))).as("operator NPO法人よりそいネット")
			.contains("ほっとスペースにしの", "夜の子ども食堂 ともしび");
		assertThat(names(search("hokatsu", Map.of("q", "ひきこもり")))).as("description").contains("ほっとスペースにしの");
		assertThat(names(search("hokatsu", Map.of("q", "食堂　よりそい")))).as("every word, 全角空白 too")
			.containsExactly("夜の子ども食堂 ともしび");
		assertThat(names(search("hokatsu", Map.of("q", "100%")))).isEmpty();
		assertThat(names(search("hokatsu", Map.of("q", "サクランボ")))).as("カタカナ finds ひらがな").contains("放課後の居場所 さくらんぼ");
		assertThat(names(search("hokatsu", Map.of("q", "ｎｐｏ法人ひだまり")))).as("全角 and case").contains("カフェ ゆるり");
	}

	@Test
	void maintainersAddAreas() {
		String name = "テスト中学校区 " + uniqueKana();
		Api.Response refused = api("kodomo").post("/api/v1/directory/areas", Map.of("name", name, "level", "JUNIOR_HIGH_SCHOOL"));
		assertThat(refused.status()).isEqualTo(403);
		Api.Response created = api("chiiki").post("/api/v1/directory/areas", Map.of("name", name, "level", "JUNIOR_HIGH_SCHOOL"));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().path("level").asString()).isEqualTo("JUNIOR_HIGH_SCHOOL");
		Api.Response again = api("shiyakusho").post("/api/v1/directory/areas", Map.of("name", name, "level", "DAILY_LIFE"));
		assertThat(again.status()).isEqualTo(422);
		assertThat(again.code()).isEqualTo("AREA_EXISTS");
		assertProblem(api("chiiki").post("/api/v1/directory/areas", Map.of("name", "名前だけ " + uniqueKana())), "level", "地域の種類");
		assertThat(names(api("kodomo").get("/api/v1/directory/areas").json())).contains(name, "北小学校区", "日常生活圏域 北部");
	}

	@Test
	void anAreaSearchKeepsCitywidePlacesAndLeavesOtherAreasOut() {
		List<String> south = names(search("hokatsu", Map.of("area", "日常生活圏域 南部")));
		assertThat(south).contains("みなみ地域食堂", "カフェ ゆるり", "かさね市くらし・しごと相談センター");
		assertThat(south).doesNotContain("北町こども食堂 ひまわり", "コミュニティカフェ まちかど");
	}

	@Test
	void theConfidentialShelterShowsNoAddressToACaseworker() {
		JsonNode shelter = find(search("hokatsu", Map.of("q", "あおい")), SHELTER);
		assertThat(shelter.path("address").asString()).isEqualTo("所在地は非公開です（問い合わせ先へ）");
		assertThat(shelter.path("addressHidden").asBoolean()).isTrue();
		assertThat(shelter.path("postalCode").isNull()).isTrue();
		String id = shelter.path("id").asString();
		Api.Response detail = api("hokatsu").get("/api/v1/directory/places/" + id);
		assertThat(detail.body()).doesNotContain(SHELTER_ADDRESS).contains("所在地は非公開です（問い合わせ先へ）");
		Api.Response list = api("outreach").get("/api/v1/directory/places");
		assertThat(list.body()).doesNotContain(SHELTER_ADDRESS).doesNotContain(SECOND_SHELTER_ADDRESS);

		PageSession pages = pages("hokatsu");
		PageSession.Page page = pages.get("/directory/" + id);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains(SHELTER).contains("所在地は非公開です（問い合わせ先へ）").doesNotContain(SHELTER_ADDRESS);
		assertThat(pages.get("/directory?q=" + PageSession.enc("シェルター")).body()).contains(SHELTER).doesNotContain(SHELTER_ADDRESS);
		assertThat(pages.get("/directory").body()).doesNotContain(SHELTER_ADDRESS).doesNotContain(SECOND_SHELTER_ADDRESS);

		PageSession.Page download = pages.get("/directory/hsds.json");
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.body()).contains(SHELTER).contains("所在地は非公開です（問い合わせ先へ）").doesNotContain(SHELTER_ADDRESS)
			.doesNotContain(SECOND_SHELTER_ADDRESS);
		assertThat(pages("shiyakusho").get("/directory/hsds.json").body()).contains(SHELTER_ADDRESS);

		Api.Response export = api("hokatsu").get("/api/v1/directory/hsds");
		assertThat(export.status()).isEqualTo(200);
		assertThat(export.body()).doesNotContain(SHELTER_ADDRESS).doesNotContain(SECOND_SHELTER_ADDRESS)
			.contains("所在地は非公開です（問い合わせ先へ）");
		// the chiiki agency maintains the directory but has no right to the address either
		assertThat(api("chiiki").get("/api/v1/directory/hsds").body()).doesNotContain(SHELTER_ADDRESS);
		assertThat(pages("chiiki").get("/directory/" + id).body()).doesNotContain(SHELTER_ADDRESS).doesNotContain("変更する");

		// municipal staff see it, everywhere
		assertThat(api("shiyakusho").get("/api/v1/directory/places/" + id).json().path("address").asString()).contains(SHELTER_ADDRESS);
		assertThat(pages("shiyakusho").get("/directory/" + id).body()).contains(SHELTER_ADDRESS);
		assertThat(api("shiyakusho").get("/api/v1/directory/hsds").body()).contains(SHELTER_ADDRESS);
	}

	@Test
	void onlyTheMunicipalityAndTheCommunityBuildingAgencyMaintainPlaces() {
		Map<String, Object> form = form("テストの居場所 " + uniqueKana());
		Api.Response refused = api("hokatsu").post("/api/v1/directory/places", form);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.code()).isEqualTo("DIRECTORY_MAINTAINER_ONLY");
		assertThat(api("admin").get("/api/v1/directory/places").status()).as("no resident work, no directory").isEqualTo(403);

		Api.Response created = api("chiiki").post("/api/v1/directory/places", form);
		assertThat(created.status()).isEqualTo(201);
		JsonNode place = created.json();
		assertThat(place.path("scheduleLabels").get(0).asString()).isEqualTo("毎月第1・第3木曜 13:30〜15:30");
		assertThat(place.path("targetsLabel").asString()).isEqualTo("子ども・子育て・多世代");
		String id = place.path("id").asString();

		Map<String, Object> changed = new HashMap<>(form);
		changed.put("name", form.get("name") + "（改）");
		changed.put("version", place.path("version").asInt());
		Api.Response updated = api("shiyakusho").put("/api/v1/directory/places/" + id, Api.complete(jp.kasane.directory.PlaceForm.class, changed));
		assertThat(updated.status()).isEqualTo(200);
		assertThat(updated.json().path("version").asInt()).isEqualTo(place.path("version").asInt() + 1);
		Api.Response stale = api("chiiki").put("/api/v1/directory/places/" + id, Api.complete(jp.kasane.directory.PlaceForm.class, changed));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.code()).isEqualTo("STALE_VERSION");

		Map<String, Object> secret = form("テストのシェルター " + uniqueKana());
		secret.put("confidential", true);
		Api.Response notAllowed = api("chiiki").post("/api/v1/directory/places", secret);
		assertThat(notAllowed.status()).isEqualTo(403);
		assertThat(notAllowed.code()).isEqualTo("CONFIDENTIAL_PLACE_MUNICIPAL_ONLY");
		assertThat(api("shiyakusho").post("/api/v1/directory/places", secret).status()).isEqualTo(201);
	}

	@Test
	void badInputNamesTheFieldInJapanese() {
		Api a = api("hokatsu");
		assertProblem(a.get("/api/v1/directory/places?day=" + enc("金曜x")), "day", "曜日");
		assertProblem(a.get("/api/v1/directory/places?time=" + enc("夕方")), "time", "午前");
		assertProblem(a.get("/api/v1/directory/places?target=CAT"), "target", "対象");
		assertProblem(a.get("/api/v1/directory/places?area=" + enc("月面小学校区")), "area", "登録されていません");
		assertThat(a.get("/api/v1/directory/places/" + java.util.UUID.randomUUID()).status()).isEqualTo(404);

		Api m = api("shiyakusho");
		Map<String, Object> noName = form(" ");
		assertProblem(m.post("/api/v1/directory/places", noName), "name", "名称を入力してください");
		Map<String, Object> backwards = form("逆さまの予定 " + uniqueKana());
		backwards.put("schedules", List.of(Map.of("freq", "WEEKLY", "byday", "MO", "opensAt", "17:00", "closesAt", "09:00")));
		assertProblem(m.post("/api/v1/directory/places", backwards), "schedules[0]", "終了時刻は開始時刻より後");
		Map<String, Object> noDay = form("曜日なし " + uniqueKana());
		noDay.put("schedules", List.of(Map.of("freq", "MONTHLY", "byday", "", "opensAt", "10:00", "closesAt", "12:00")));
		assertProblem(m.post("/api/v1/directory/places", noDay), "schedules[0].byday", "曜日");
		Map<String, Object> script = form("<script>alert(1)</script>");
		assertProblem(m.post("/api/v1/directory/places", script), "name", "HTMLタグ");
		Map<String, Object> unknownArea = form("地域違い " + uniqueKana());
		unknownArea.put("areas", List.of("月面小学校区"));
		assertProblem(m.post("/api/v1/directory/places", unknownArea), "areas", "月面小学校区");
		Map<String, Object> noTarget = form("対象なし " + uniqueKana());
		noTarget.put("targets", List.of());
		assertProblem(m.post("/api/v1/directory/places", noTarget), "targets", "対象を1つ以上");
		Api.Response badKind = m.postRaw("/api/v1/directory/places", "{\"name\":\"x\",\"kind\":\"CASTLE\"}");
		assertThat(badKind.status()).isEqualTo(400);
	}

	@Test
	void pagesShowJapaneseMessagesBesideTheFields() {
		PageSession chiiki = pages("chiiki");
		assertThat(chiiki.get("/directory/new").status()).isEqualTo(200);
		String name = "ページの居場所 " + uniqueKana();
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("name", name);
		fields.put("kind", "IBASHO");
		fields.put("operatorName", "テスト自治会");
		fields.put("targets", "ELDERLY");
		fields.put("areas", "北小学校区");
		fields.put("schedules", "毎週月 17:00-9:00");
		fields.put("capacity", "たくさん");
		PageSession.Page bad = chiiki.post("/directory", fields);
		assertThat(bad.status()).isEqualTo(200);
		assertThat(bad.body()).contains("終了時刻は開始時刻より後にしてください").contains("定員は半角の数字で入力してください");

		fields.put("schedules", "毎月第2火曜 10:00〜12:00\n毎週土 13:00-16:00");
		fields.put("capacity", "12");
		PageSession.Page saved = chiiki.submit("/directory", fields);
		assertThat(saved.status()).isEqualTo(200);
		assertThat(saved.body()).contains(name).contains("毎月第2火曜 10:00〜12:00").contains("毎週土曜 13:00〜16:00")
			.contains("を登録しました");

		PageSession hokatsu = pages("hokatsu");
		assertThat(hokatsu.get("/directory/new").status()).isEqualTo(403);
		PageSession.Page search = hokatsu.get("/directory?time=" + PageSession.enc("夕方"));
		assertThat(search.status()).isEqualTo(200);
		assertThat(search.body()).contains("時間帯は「午前」「午後」「夜間」");
		PageSession.Page found = hokatsu.get("/directory?target=ELDERLY&area=" + PageSession.enc("北小学校区") + "&day="
				+ PageSession.enc("土") + "&time=" + PageSession.enc("午後") + "&q=" + PageSession.enc(name));
		assertThat(found.body()).contains(name).contains("1件見つかりました");
	}

	// ------------------------------------------------------------------ helpers

	private JsonNode search(String user, Map<String, String> params) {
		String query = params.entrySet().stream().map(e -> e.getKey() + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
		Api.Response response = api(user).get("/api/v1/directory/places?" + query);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	static Map<String, Object> form(String name) {
		Map<String, Object> form = new HashMap<>();
		form.put("name", name);
		form.put("kind", "IBASHO");
		form.put("operatorName", "テスト町会");
		form.put("description", "テストの場所");
		form.put("targets", List.of("CHILDREN", "MULTI_GENERATION"));
		form.put("areas", List.of("東小学校区"));
		form.put("schedules", List.of(Map.of("freq", "MONTHLY", "byday", "1TH,3TH", "opensAt", "13:30", "closesAt", "15:30")));
		form.put("postalCode", "139-0012");
		form.put("address", "東京都かさね市東雲9丁目9番9号");
		form.put("capacity", 10);
		form.put("cost", "無料");
		form.put("phone", "03-5000-9999");
		return form;
	}

	private static void assertProblem(Api.Response response, String field, String message) {
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		List<String> fields = new ArrayList<>();
		List<String> messages = new ArrayList<>();
		response.json().path("errors").values().forEach(e -> {
			fields.add(e.path("field").asString());
			messages.add(e.path("message").asString());
		});
		assertThat(fields).as(response.body()).contains(field);
		assertThat(String.join(" ", messages)).contains(message);
	}

	static List<String> names(JsonNode places) {
		List<String> names = new ArrayList<>();
		places.values().forEach(p -> names.add(p.path("name").asString()));
		return names;
	}

	private static JsonNode find(JsonNode places, String name) {
		return StreamSupport.stream(places.values().spliterator(), false).filter(p -> p.path("name").asString().equals(name))
			.findFirst().orElseThrow(() -> new AssertionError(name + " not found"));
	}

	static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
