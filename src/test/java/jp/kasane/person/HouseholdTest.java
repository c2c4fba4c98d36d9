package jp.kasane.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import jp.kasane.IntegrationTest;
import jp.kasane.support.Api;
import jp.kasane.support.Api.Response;
import org.junit.jupiter.api.Test;

/** Households keep their history, show what each user may see, and name the agencies involved. */
class HouseholdTest extends IntegrationTest {

	@Test
	void membersJoinAndLeaveAndTheHistoryStays() {
		Api hokatsu = api("hokatsu");
		String father = register(hokatsu, "森", "太一", "1945-01-01");
		String son = register(hokatsu, "森", "健二", "1975-01-01");
		Response created = hokatsu.post("/api/v1/households", Map.of("label", "森世帯", "firstMember", father,
				"relationship", "HEAD", "joinedOn", "1970-04-01"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String household = created.json().path("household").path("id").asString();

		Response joined = hokatsu.post("/api/v1/households/" + household + "/members", Map.of("person", son,
				"relationship", "CHILD", "joinedOn", "1975-01-01"));
		assertThat(joined.json().path("members").size()).isEqualTo(2);
		String membership = joined.json().path("members").path(1).path("membership").path("id").asString();

		Response left = hokatsu.post("/api/v1/households/" + household + "/members/" + membership + "/leave",
				Map.of("leftOn", "2020-03-31", "reason", "転出"));
		assertThat(left.status()).isEqualTo(200);
		assertThat(left.json().path("members").size()).as("former members stay in the history").isEqualTo(2);
		assertThat(left.json().findValuesAsString("leftOn")).contains("2020-03-31");

		String page = pages("hokatsu").get("/households/" + household).body();
		assertThat(page).contains("過去の世帯員（履歴）").contains("健二").contains("転出");
	}

	@Test
	void aPersonLivesInOneHouseholdAtATimeAndDatesMustBePossible() {
		Api hokatsu = api("hokatsu");
		String person = register(hokatsu, "林", "一人", "1950-01-01");
		String first = hokatsu.post("/api/v1/households", Map.of("label", "林世帯", "firstMember", person,
				"relationship", "HEAD", "joinedOn", "1980-01-01")).json().path("household").path("id").asString();
		Response second = hokatsu.post("/api/v1/households", Map.of("label", "別世帯", "firstMember", person,
				"relationship", "HEAD", "joinedOn", "1990-01-01"));
		assertThat(second.status()).isEqualTo(400);
		assertThat(second.json().path("errors").path(0).path("message").asString()).contains("別の世帯");

		String other = register(hokatsu, "林", "未来", "2000-01-01");
		Response future = hokatsu.post("/api/v1/households/" + first + "/members", Map.of("person", other,
				"relationship", "CHILD", "joinedOn", LocalDate.now().plusDays(2).toString()));
		assertThat(future.status()).isEqualTo(400);
	}

	@Test
	void aCaseworkerSeesOnlyTheMembersTheirAgencyMaySeeAndTheAgenciesInvolved() {
		String mother = register(api("kodomo"), "岡", "母子", "1985-01-01");
		String child = register(api("kodomo"), "岡", "子", "2015-01-01");
		String grandmother = register(api("hokatsu"), "岡", "祖母", "1940-01-01");
		Api municipal = api("shiyakusho");
		String household = municipal.post("/api/v1/households", Map.of("label", "岡世帯", "firstMember", mother,
				"relationship", "HEAD", "joinedOn", "2010-01-01")).json().path("household").path("id").asString();
		municipal.post("/api/v1/households/" + household + "/members", Map.of("person", child, "relationship", "CHILD",
				"joinedOn", "2015-01-01"));
		municipal.post("/api/v1/households/" + household + "/members", Map.of("person", grandmother,
				"relationship", "PARENT", "joinedOn", "2020-01-01"));

		Response asHokatsu = api("hokatsu").get("/api/v1/households/" + household);
		assertThat(asHokatsu.json().path("members").size()).isEqualTo(1);
		assertThat(asHokatsu.json().path("hiddenMembers").asInt()).isEqualTo(2);
		assertThat(asHokatsu.body()).doesNotContain("母子");

		Response asMunicipal = municipal.get("/api/v1/households/" + household);
		assertThat(asMunicipal.json().path("members").size()).isEqualTo(3);
		assertThat(asMunicipal.json().path("involved").findValuesAsString("fields")).anySatisfy(f -> assertThat(f).contains("子ども"))
			.anySatisfy(f -> assertThat(f).contains("高齢"));
		assertThat(api("kyodo").get("/api/v1/households/" + household).status()).isEqualTo(404);
	}

	private String register(Api api, String family, String given, String birth) {
		Map<String, Object> form = personForm(family, given, "テスト", uniqueKana(), birth);
		form.put("confirmedNotDuplicate", true);
		Response response = api.post("/api/v1/people", form);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().path("id").asString();
	}
}
