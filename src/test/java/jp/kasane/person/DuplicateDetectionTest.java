package jp.kasane.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jp.kasane.IntegrationTest;
import jp.kasane.support.Api;
import jp.kasane.support.Api.Response;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * 名寄せ: registering the same person again with a variant spelling warns of a probable
 * duplicate. In each pair the other field differs, so only the variant's normalisation can match.
 */
class DuplicateDetectionTest extends IntegrationTest {

	static List<Arguments> variants() {
		return List.of(
				// class, first (family, given, familyKana, givenKana), second (...), birth date (明治45年 is before the demo's people)
				Arguments.of("全角/半角", List.of("ＳＭＩＴＨ", "ＪＯＨＮ", "スミス", "ジョン"), List.of("Smith", "John", "スミズ", "ジョン"), "明治45年1月1日"),
				Arguments.of("半角カナ", List.of("田中", "花子", "タナカ", "ハナコ"), List.of("多中", "花子", "ﾀﾅｶ", "ﾊﾅｺ"), "明治45年1月2日"),
				Arguments.of("ひらがな/カタカナ", List.of("山田", "一郎", "ヤマダ", "イチロウ"), List.of("山多", "一郎", "やまだ", "いちろう"), "明治45年1月3日"),
				Arguments.of("空白", List.of("大 山", "次郎", "オオヤマ", "ジロウ"), List.of("大山", "次郎", "オーヤマ", "ジロー"), "明治45年1月4日"),
				Arguments.of("髙/高", List.of("髙橋", "三郎", "タカハシ", "サブロウ"), List.of("高橋", "三郎", "タカバシ", "サブロウ"), "明治45年1月5日"),
				Arguments.of("﨑/崎", List.of("山﨑", "四郎", "ヤマサキ", "シロウ"), List.of("山崎", "四郎", "ヤマザキ", "シロウ"), "明治45年1月6日"),
				Arguments.of("齋/斎", List.of("齋藤", "五郎", "サイトウ", "ゴロウ"), List.of("斎藤", "五郎", "サイドウ", "ゴロウ"), "明治45年1月7日"),
				Arguments.of("齊/斎", List.of("齊藤", "六郎", "サイトウ", "ロクロウ"), List.of("斎藤", "六郎", "サイドウ", "ロクロウ"), "明治45年1月8日"),
				Arguments.of("邊/辺", List.of("渡邊", "七郎", "ワタナベ", "シチロウ"), List.of("渡辺", "七郎", "ワタノベ", "シチロウ"), "明治45年1月9日"),
				Arguments.of("邉/辺", List.of("渡邉", "八郎", "ワタナベ", "ハチロウ"), List.of("渡辺", "八郎", "ワタノベ", "ハチロウ"), "明治45年1月10日"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("variants")
	void warnsOfAProbableDuplicateForEachVariantClass(String variant, List<String> first, List<String> second, String birth) {
		Api municipal = api("shiyakusho");
		Response created = municipal.post("/api/v1/people", form(first, birth, false));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String existing = created.json().path("id").asString();

		Response duplicate = municipal.post("/api/v1/people", form(second, birth, false));

		assertThat(duplicate.status()).as(duplicate.body()).isEqualTo(409);
		assertThat(duplicate.contentType()).startsWith("application/problem+json");
		assertThat(duplicate.code()).isEqualTo("PROBABLE_DUPLICATE");
		assertThat(duplicate.json().path("candidates").findValuesAsString("id")).contains(existing);

		Response otherBirthDate = municipal.post("/api/v1/people", form(second, "1990-05-05", false));
		assertThat(otherBirthDate.status()).as("a different date of birth is another person").isEqualTo(201);

		Response confirmed = municipal.post("/api/v1/people", form(second, birth, true));
		assertThat(confirmed.status()).as("the user may confirm it is someone else").isEqualTo(201);
	}

	@Test
	void aCandidateRegisteredByAnotherAgencyIsCountedButNotShown() {
		String kana = uniqueKana();
		Response first = api("kodomo").post("/api/v1/people", personForm("齋藤", "千代", "サイトウ", kana, "1980-02-02"));
		assertThat(first.status()).isEqualTo(201);

		Response second = api("hokatsu").post("/api/v1/people", personForm("斎藤", "千代", "サイトウ", kana, "1980-02-02"));

		assertThat(second.status()).isEqualTo(409);
		assertThat(second.json().path("candidates").size()).isZero();
		assertThat(second.json().path("candidatesNotShared").asInt()).isEqualTo(1);
		assertThat(second.body()).doesNotContain("千代");
	}

	private static Map<String, Object> form(List<String> name, String birth, boolean confirmed) {
		Map<String, Object> form = personForm(name.get(0), name.get(1), name.get(2), name.get(3), birth);
		form.put("confirmedNotDuplicate", confirmed);
		return form;
	}
}
