package jp.kasane.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jp.kasane.IntegrationTest;
import jp.kasane.support.Api;
import jp.kasane.support.PageSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Logs carry ids, never names or what people typed, whether a request succeeds or fails. */
@ExtendWith(OutputCaptureExtension.class)
class LogPrivacyTest extends IntegrationTest {

	@Test
	void neitherSuccessNorFailureLogsPersonalData(CapturedOutput output) {
		Api hokatsu = api("hokatsu");
		String kana = uniqueKana();
		Map<String, Object> form = personForm("記録外", "秘密子", "キロクガイ", kana, "1970-01-01");
		form.put("safeContactNote", "夫に知られないこと");
		String id = hokatsu.post("/api/v1/people", form).json().path("id").asString();
		hokatsu.get("/api/v1/people/" + id);
		hokatsu.post("/api/v1/people", personForm("記録外", "秘密子", "キロクガイ", kana, "秘密の日付"));
		hokatsu.postRaw("/api/v1/people", "{\"familyName\": \"記録外\", broken");
		PageSession page = pages("hokatsu");
		page.get("/people/" + id);
		page.post("/households/" + java.util.UUID.randomUUID() + "/members/" + java.util.UUID.randomUUID() + "/leave",
				Map.of("leftOn", "秘密の日付"));
		new PageSession(port).login("hokatsu", "秘密のパスワード");

		assertThat(output.getAll()).as("the server's log is captured").contains("Failed sign-in recorded");
		assertThat(output.getAll()).doesNotContain("記録外", "秘密子", kana, "夫に知られないこと", "秘密の日付", "秘密のパスワード");
	}
}
