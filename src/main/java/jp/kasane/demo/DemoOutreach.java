package jp.kasane.demo;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jp.kasane.outreach.ContactMethod;
import jp.kasane.outreach.OutreachForms;
import jp.kasane.outreach.OutreachManagement;
import jp.kasane.outreach.OutreachView;
import jp.kasane.outreach.Source;
import jp.kasane.outreach.Stage;
import jp.kasane.person.PersonForm;
import jp.kasane.shared.AgencyId;
import jp.kasane.shared.Role;
import jp.kasane.shared.TenantId;
import org.springframework.stereotype.Component;

/**
 * The people アウトリーチ支援室つなぐ is trying to reach, with months of attempts: a young man in long-term
 * ひきこもり known from a 民生委員, an older woman whose house neighbours worry about, a pupil who stopped
 * going to school and a man with whom contact was lost again. Dates count back from today, so the demo
 * always shows the time since the last contact and one planned contact due today.
 */
@Component
class DemoOutreach {

	private final OutreachManagement outreach;

	DemoOutreach(OutreachManagement outreach) {
		this.outreach = outreach;
	}

	void store(TenantId tenant, AgencyId agency, LocalDate today) {
		SystemAuthentication.runAs(tenant, agency, Set.of(Role.CASEWORKER), () -> {
			hikikomori(today);
			selfNeglect(today);
			schoolRefusal(today);
			contactLostAgain(today);
		});
	}

	/** 森本翔太 (34): known from the 民生委員 14 months ago; letters and visits until he spoke through the door. */
	private void hikikomori(LocalDate today) {
		LocalDate known = today.minusMonths(14);
		OutreachView r = register("森本", "翔太", "モリモト", "ショウタ", today.minusYears(34).minusDays(40), Source.WELFARE_COMMISSIONER,
				"地区担当の民生委員", known, "高齢の母と二人暮らし。高校卒業後に就職したが2年で退職し、10年以上ほとんど外出していないと民生委員から情報提供",
				null);
		UUID id = r.id();
		attempt(id, known.plusDays(7), ContactMethod.VIA_OTHERS, false, "民生委員と母の通院時に面会。母は「本人には会わせられない」と話す");
		attempt(id, known.plusMonths(1), ContactMethod.LETTER, false, "本人あての手紙を母に託した（返事なし）");
		attempt(id, known.plusMonths(2), ContactMethod.VISIT, false, "自宅訪問。母と玄関で話す。本人は2階にいるが出てこない");
		attempt(id, known.plusMonths(4), ContactMethod.LETTER, false, "ゲームの話題を添えた手紙を2通目として投函");
		attempt(id, known.plusMonths(6), ContactMethod.VISIT, false, "訪問。母から、本人が手紙を読んでいたと聞く");
		attempt(id, known.plusMonths(9), ContactMethod.VISIT, false, "訪問。部屋の前から声をかけたが返事なし");
		attempt(id, today.minusMonths(2), ContactMethod.VISIT, true, "部屋のドア越しに短く返事があった（初めての接触）");
		stage(id, Stage.CONTACTED, today.minusMonths(2), "ドア越しに本人と言葉を交わせた");
		attempt(id, today.minusDays(20), ContactMethod.VISIT, true, "ドア越しに5分ほど会話。好きなゲームの話");
		outreach.plan(id, new OutreachForms.Plan(outreach.view(id).version(), today));
	}

	/** 高田ミツ子 (82): neighbours worry about the garbage around her house; a relationship is forming. */
	private void selfNeglect(LocalDate today) {
		LocalDate known = today.minusMonths(3);
		OutreachView r = register("高田", "ミツ子", "タカダ", "ミツコ", today.minusYears(82).minusDays(100), Source.NEIGHBOUR,
				"隣に住む住民", known, "庭と玄関にごみが積まれ、夏に異臭がしたと近隣から。本人は支援を断っていると地域包括支援センターも把握",
				null);
		UUID id = r.id();
		attempt(id, known.plusDays(3), ContactMethod.VISIT, false, "訪問したが応答なし");
		attempt(id, known.plusDays(17), ContactMethod.VISIT, true, "庭先で本人と会えた。亡くなった夫の話をしてくれた");
		stage(id, Stage.CONTACTED, known.plusDays(17), "庭先で本人と会話できた");
		attempt(id, known.plusMonths(1).plusDays(10), ContactMethod.VISIT, true, "玄関先で30分。片付けの話は拒否、次の訪問は了承");
		attempt(id, today.minusDays(9), ContactMethod.ACCOMPANIED, true, "本人の希望で近所のサロンへ同行");
		stage(id, Stage.RELATIONSHIP, today.minusDays(9), "訪問を受け入れ、サロンへの同行にも応じた");
		outreach.plan(id, new OutreachForms.Plan(outreach.view(id).version(), today.plusDays(5)));
	}

	/** 林優奈 (16): the lower secondary school told the team she stopped coming; only her mother answers so far. */
	private void schoolRefusal(LocalDate today) {
		LocalDate known = today.minusWeeks(5);
		OutreachView r = register("林", "優奈", "ハヤシ", "ユウナ", today.minusYears(16).minusDays(200), Source.AGENCY,
				"かさね市立第一中学校（卒業後の状況について）", known, "中学3年の秋から不登校。進学した高校にも通えていないと母から学校に相談があった",
				today.plusDays(3));
		UUID id = r.id();
		attempt(id, known.plusDays(4), ContactMethod.PHONE, false, "母に電話。本人は話したくないとのこと");
		attempt(id, known.plusDays(15), ContactMethod.LETTER, false, "本人あてに、居場所の案内を添えて手紙");
	}

	/** 大野健一 (58): came through a consultation; contact was lost again after a hospital stay (stage moved back). */
	private void contactLostAgain(LocalDate today) {
		LocalDate known = today.minusMonths(8);
		OutreachView r = register("大野", "健一", "オオノ", "ケンイチ", today.minusYears(58).minusDays(10), Source.CONSULTATION,
				"くらし・しごと相談センターの相談から", known, "家賃の滞納で一度相談に来たが、その後連絡が途絶えた", null);
		UUID id = r.id();
		attempt(id, known.plusDays(10), ContactMethod.PHONE, true, "電話で本人と話せた。訪問は了承");
		stage(id, Stage.CONTACTED, known.plusDays(10), "電話で本人と話せた");
		attempt(id, known.plusMonths(1), ContactMethod.VISIT, true, "自宅で面談。仕事を探したいと話す");
		stage(id, Stage.RELATIONSHIP, known.plusMonths(1), "定期的な訪問を受け入れている");
		attempt(id, known.plusMonths(4), ContactMethod.VISIT, false, "不在。近所の人から入院したらしいと聞く");
		attempt(id, today.minusMonths(2), ContactMethod.LETTER, false, "退院後の様子を尋ねる手紙（返事なし）");
		stage(id, Stage.CONTACTED, today.minusMonths(2), "入院後、連絡が取れなくなった");
		outreach.plan(id, new OutreachForms.Plan(outreach.view(id).version(), today.plusDays(10)));
	}

	private OutreachView register(String family, String given, String familyKana, String givenKana, LocalDate birth, Source source,
			String sourceDetail, LocalDate known, String note, LocalDate next) {
		PersonForm person = new PersonForm(family, given, familyKana, givenKana, birth.toString(), "", "", "東京都かさね市西野3丁目",
				"", "", true, null);
		return outreach.register(new OutreachForms.NewOutreach(null, person, source, sourceDetail, known, note, next));
	}

	private void attempt(UUID id, LocalDate on, ContactMethod method, boolean contact, String result) {
		outreach.recordAttempt(id, new OutreachForms.Attempt(on, method, contact, result, null));
	}

	private void stage(UUID id, Stage stage, LocalDate on, String reason) {
		outreach.changeStage(id, new OutreachForms.StageChange(outreach.view(id).version(), stage, reason, on, null));
	}
}
