package jp.kasane.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jp.kasane.casework.CaseworkTestSupport;
import jp.kasane.support.Api;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Assumptions;

/** The PDFs open, carry the record's data in correctly encoded Japanese, and embed their font. */
class DocumentTest extends CaseworkTestSupport {

	static final Path FONT = Path.of("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf");

	@BeforeEach
	void font() {
		Assumptions.assumeTrue(Files.isReadable(FONT) || Files.isReadable(Path.of("/usr/share/fonts/truetype/ipaexfont-gothic/ipaexg.ttf")),
				"IPAex font not found: install Debian's fonts-ipaexfont-gothic (apt-get install -y fonts-ipaexfont-gothic) to test the PDFs");
	}

	@Test
	void theApplicationFormCarriesThePersonTheConsultationAndTheConsentClause() throws IOException {
		Api hokatsu = api("hokatsu");
		String person = register(hokatsu, "帳票", "確子", "昭和20年8月15日");
		hokatsu.post("/api/v1/people/" + person + "/consultations", Map.of("receivedOn", LocalDate.now().toString(), "channel",
				"VISIT_TO_OFFICE", "consulter", "SELF", "tags", List.of("8050"), "notes", "息子のことが心配", "outcome",
				"REQUEST_MULTI_AGENCY"));
		String before = text(hokatsu.getBytes("/api/v1/people/" + person + "/application.pdf").body());
		assertThat(before).contains("相談受付・申込票").contains("帳票").contains("確子").contains("昭和20年8月15日")
			.contains("息子のことが心配").contains("多機関協働へ支援依頼").contains("未取得");

		consent(hokatsu, person, List.of(agencyOf("hokatsu"), agencyOf("kyodo")));
		Api.Binary pdf = hokatsu.getBytes("/api/v1/people/" + person + "/application.pdf");
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.contentType()).isEqualTo("application/pdf");
		assertThat(text(pdf.body())).contains("同意").contains("書面").contains("検討に同意");
		assertThat(embeddedFonts(pdf.body())).isTrue();
		assertThat(owner.sql("SELECT count(*) FROM audit_entry WHERE person_id = ?::uuid AND action = 'EXPORT'").param(person)
			.query(Integer.class).single()).isEqualTo(2);
		assertThat(api("kodomo").getBytes("/api/v1/people/" + person + "/application.pdf").status()).isEqualTo(404);
	}

	@Test
	void thePlanAndTheMinutesPrintWhatWasDecided() throws IOException {
		Api kyodo = api("kyodo");
		String municipal = agencyOf("shiyakusho");
		String coordinator = agencyOf("kyodo");
		String hub = agencyOf("hokatsu");
		CaseAt planning = caseInPlanning("計画", "書子");
		String caseId = planning.id();
		String person = personOf(caseId);
		String plan = kyodo.post("/api/v1/cases/" + caseId + "/plans", Map.of("personGoals", "朝起きて散歩をする", "policy",
				"焦らず関係をつくる", "monitoringDates", List.of("2027-01-15"), "roles", List.of(Map.of("agency", hub, "role",
						"週1回の訪問")))).json().path("id").asString();

		String planText = text(kyodo.getBytes("/api/v1/cases/" + caseId + "/plans/" + plan + ".pdf").body());
		assertThat(planText).contains("支援プラン（第1版）").contains("朝起きて散歩をする").contains("焦らず関係をつくる")
			.contains("週1回の訪問").contains("令和9年1月15日").contains("書子");
		assertThat(text(kyodo.getBytes("/api/v1/cases/" + caseId + "/plans/" + plan + ".pdf").body())).contains("作成中");

		String sheet = text(kyodo.getBytes("/api/v1/cases/" + caseId + "/assessment.pdf").body());
		assertThat(sheet).contains("インテーク・アセスメントシート").contains("計画　書子").contains("プラン作成")
			.contains("相談受付（利用申込）");

		String meeting = schedule(kyodo, "MULTI_LAYERED", "重層的支援会議（帳票）", List.of(municipal, coordinator));
		kyodo.post("/api/v1/meetings/" + meeting + "/agenda", agenda(person, caseId, "A"));
		kyodo.post("/api/v1/meetings/" + meeting + "/hold", Map.of("heldOn", LocalDate.now().toString(), "attendedAgencies",
				List.of(municipal, coordinator), "minutes", "本人の希望を尊重して進めることを確認した"));
		String minutes = text(kyodo.getBytes("/api/v1/meetings/" + meeting + "/minutes.pdf").body());
		assertThat(minutes).contains("会議録").contains("重層的支援会議（帳票）").contains("本人の希望を尊重").contains("書子")
			.contains("プランの適切性");

		String secret = schedule(api("shiyakusho"), "SUPPORT_CONFERENCE", "支援会議（帳票）", List.of(municipal));
		assertThat(api("shiyakusho").getBytes("/api/v1/meetings/" + secret + "/minutes.pdf").status()).isEqualTo(403);
		api("shiyakusho").post("/api/v1/meetings/" + secret + "/pledge", Map.of());
		assertThat(text(api("shiyakusho").getBytes("/api/v1/meetings/" + secret + "/minutes.pdf").body()))
			.contains("秘（社会福祉法第106条の6）").contains("漏らしてはならない");
	}

	/** The text a reader extracts (copy-paste, search, screen readers), exactly as PDFBox gives it. */
	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	private static boolean embeddedFonts(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			var resources = document.getPage(0).getResources();
			for (var name : resources.getFontNames()) {
				PDFont font = resources.getFont(name);
				if (!font.isEmbedded()) {
					return false;
				}
			}
			return resources.getFontNames().iterator().hasNext();
		}
	}
}
