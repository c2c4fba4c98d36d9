package jp.kasane.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jp.kasane.IntegrationTest;
import jp.kasane.support.Api.Response;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates of birth typed in 和暦 at the era boundaries, through the API. */
class WarekiRegistrationTest extends IntegrationTest {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "昭和64年1月7日, 1989-01-07, 1989年1月7日（昭和64年1月7日）",
			"平成元年1月8日, 1989-01-08, 1989年1月8日（平成元年1月8日）",
			"H1.1.8, 1989-01-08, 1989年1月8日（平成元年1月8日）",
			"平成31年4月30日, 2019-04-30, 2019年4月30日（平成31年4月30日）",
			"令和元年5月1日, 2019-05-01, 2019年5月1日（令和元年5月1日）",
			"R2/4/1, 2020-04-01, 2020年4月1日（令和2年4月1日）",
			"S45.3.2, 1970-03-02, 1970年3月2日（昭和45年3月2日）",
			"１９７０年３月２日, 1970-03-02, 1970年3月2日（昭和45年3月2日）" })
	void acceptsValidDatesAndShowsBothCalendars(String typed, String iso, String shown) {
		Response created = api("hokatsu").post("/api/v1/people", form(typed));

		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.json().path("birthDate").asString()).isEqualTo(iso);
		assertThat(created.json().path("birthDateText").asString()).isEqualTo(shown);
	}

	@ParameterizedTest(name = "{0} is rejected")
	@CsvSource({ "昭和64年1月8日", "平成元年1月7日", "平成31年5月1日", "令和元年4月30日", "平成0年1月1日", "2023-02-29",
			"令和3年2月29日", "2月30日", "S45.13.1", "1970-04-31", "きのう", "2999-01-01" })
	void rejectsImpossibleDatesWithAFieldError(String typed) {
		int before = count();

		Response rejected = api("hokatsu").post("/api/v1/people", form(typed));

		assertThat(rejected.status()).as(rejected.body()).isEqualTo(400);
		assertThat(rejected.contentType()).startsWith("application/problem+json");
		assertThat(rejected.code()).isEqualTo("VALIDATION_FAILED");
		assertThat(rejected.json().path("errors").path(0).path("field").asString()).isEqualTo("birthDate");
		assertThat(rejected.json().path("errors").path(0).path("message").asString()).isNotBlank();
		assertThat(count()).as("nothing saved").isEqualTo(before);
	}

	private int count() {
		return owner.sql("SELECT count(*) FROM person").query(Integer.class).single();
	}

	private Map<String, Object> form(String birth) {
		Map<String, Object> form = personForm("暦", "試験", "コヨミ", uniqueKana(), birth);
		form.put("confirmedNotDuplicate", true);
		return form;
	}
}
