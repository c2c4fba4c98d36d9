package jp.kasane.disclosure;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jp.kasane.disclosure.PersonDisclosure.*;
import jp.kasane.documents.PdfPrinter;
import jp.kasane.documents.PdfSheet;
import jp.kasane.shared.WarekiDate;

/** Draws a {@link PersonDisclosure} as the A4 「開示請求に基づく写し」, section by section in the JSON's order. */
final class DisclosurePdf {

	static final String HEADER = "開示請求に基づく写し";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private DisclosurePdf() {
	}

	static byte[] render(PersonDisclosure d, PdfPrinter printer) {
		String printed = "受付番号 " + d.reference() + "　出力日時 " + WarekiDate.formatBoth(d.printedAt().toLocalDate()) + " "
				+ TIME.format(d.printedAt()) + "　" + d.municipality() + "（" + nz(d.exportedBy()) + "）";
		PdfSheet sheet = printer.numberedSheet("保有個人情報の" + HEADER, printed,
				HEADER + "（受付番号 " + d.reference() + "）　" + d.person().familyName() + "　" + d.person().givenName() + " 様");
		Identity p = d.person();
		sheet.section("本人").row("氏名", p.familyName() + "　" + p.givenName()).row("フリガナ", p.familyKana() + "　" + p.givenKana())
			.row("生年月日", p.birthDate() == null ? "不詳" : WarekiDate.formatBoth(p.birthDate())).row("性別", p.sex())
			.row("住所", (p.postalCode() == null ? "" : "〒" + p.postalCode() + " ") + nz(p.address())).row("電話", p.phone())
			.row("連絡上の配慮", p.safeContactNote()).row("登録した機関", p.registeredBy());

		sheet.section("世帯");
		empty(sheet, d.households());
		for (HouseholdPart h : d.households()) {
			sheet.row(h.label(), "続柄 " + h.relationship() + "（" + date(h.joinedOn()) + " 〜 " + (h.leftOn() == null ? "現在" : date(h.leftOn()))
					+ "）" + (h.leftReason() == null ? "" : " " + h.leftReason()));
			sheet.row("他の世帯員", h.otherMembers().isEmpty() ? "―"
					: String.join("、", h.otherMembers().stream().map(m -> m.relationship() + (m.current() ? "" : "（転出）")).toList()));
		}

		sheet.section("本人同意");
		empty(sheet, d.consents());
		for (ConsentPart c : d.consents()) {
			sheet.row(date(c.obtainedOn()), String.join("・", c.purposes()) + "／共有先：" + String.join("、", c.agencies())
					+ "／重層的支援会議での検討：" + (c.coversConference() ? "同意" : "同意なし") + "／" + c.method() + "（" + nz(c.obtainedByAgency()) + "）"
					+ (c.validUntil() == null ? "" : "／有効期限 " + date(c.validUntil()))
					+ (c.withdrawnOn() == null ? "" : "／撤回 " + date(c.withdrawnOn()) + " " + nz(c.withdrawalReason())));
		}

		sheet.section("相談");
		empty(sheet, d.consultations());
		for (ConsultationPart c : d.consultations()) {
			sheet.row(date(c.receivedOn()), nz(c.agency()) + "／" + c.channel() + "・" + c.consulter() + "／" + String.join("、", c.tags())
					+ "：" + (c.notesWithheld() ? "（不開示：記録した機関のみ閲覧可）" : nz(c.notes())) + "（" + c.outcome() + "）");
		}

		sheet.section("つなぎ");
		empty(sheet, d.referrals());
		for (ReferralPart r : d.referrals()) {
			sheet.row(date(r.requestedOn()), nz(r.fromAgency()) + " → " + nz(r.toAgency()) + "（" + r.status() + "）" + nz(r.requestNote())
					+ (r.returnReason() == null ? "" : "／差戻し理由：" + r.returnReason()));
		}

		sheet.section("多機関協働");
		empty(sheet, d.cases());
		for (CasePart c : d.cases()) {
			sheet.row("事例 " + c.number(), c.state() + "／紹介元 " + nz(c.referrerAgency()) + "／主担当 " + (c.leadAgency() == null ? "―" : c.leadAgency())
					+ (c.otherPeople() > 0 ? "／ほかに " + c.otherPeople() + " 名（氏名は記載しません）" : ""));
			if (c.textWithheldReason() != null) {
				sheet.row("　記載の省略", c.textWithheldReason());
			}
			c.timeline().forEach(e -> sheet.row("　" + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(d.printedAt().getOffset()).format(e.at()),
					e.label() + (e.note() == null ? "" : "：" + e.note())));
			c.supportDecisions().forEach(s -> sheet.row("　支援決定", date(s.decidedOn()) + " " + s.program() + (s.earlyStart() ? "（早期開始）" : "")
					+ "：" + nz(s.reason())));
			for (PlanPart pl : c.plans()) {
				sheet.row("　プラン第" + pl.version() + "版", pl.status() + (pl.adoptedOn() == null ? "" : "（" + date(pl.adoptedOn()) + " 採用）")
						+ "／本人の目標：" + nz(pl.personGoals()) + "／方針：" + nz(pl.policy()) + "／役割："
						+ String.join("、", pl.roles().stream().map(r -> r.agency() + " " + r.role()).toList()) + "／モニタリング日："
						+ String.join("、", pl.monitoringDates().stream().map(DisclosurePdf::date).toList()));
			}
			for (HousingPart h : c.housing()) {
				sheet.row("　居住継続支援", date(h.startedOn()) + " 開始／" + nz(h.situation()) + "／" + nz(h.content()) + "／" + nz(h.contentNote())
						+ "／次回 " + date(h.nextFollowUpOn()));
				h.followUps().forEach(f -> sheet.row("　　" + date(f.heldOn()), nz(f.method()) + "：" + nz(f.note())));
			}
		}

		sheet.section("会議（本人が議題となったもの）");
		empty(sheet, d.meetings());
		for (MeetingPart m : d.meetings()) {
			if (m.withheld()) {
				sheet.row(m.kind(), "【不開示】" + (m.heldOn() == null ? "" : date(m.heldOn()) + "　") + m.withheldReason());
				continue;
			}
			sheet.row(m.kind(), nz(m.title()) + (m.heldOn() == null ? "（未開催）" : "（" + date(m.heldOn()) + "）"));
			m.agenda().forEach(a -> sheet.row("　議題", a.role() + (a.note() == null ? "" : "：" + a.note())
					+ (a.decisions().isEmpty() ? "" : "／決定：" + String.join("／", a.decisions()))));
			if (m.minutes() != null) {
				sheet.row("　会議録", m.minutes());
			}
			else if (m.withheldReason() != null) {
				sheet.row("　会議録", m.withheldReason());
			}
		}

		sheet.section("アウトリーチ");
		empty(sheet, d.outreach());
		for (OutreachPart o : d.outreach()) {
			sheet.row(date(o.knownOn()) + " 把握", nz(o.holderAgency()) + "／" + o.source() + "／現在：" + o.stage()
					+ (o.closedOn() == null ? "" : "／終了 " + date(o.closedOn()) + " " + nz(o.closeReason())));
			o.stages().forEach(s -> sheet.row("　" + date(s.changedOn()), s.to() + (s.backwards() ? "（後戻り）" : "") + "：" + nz(s.reason())));
			o.attempts().forEach(a -> sheet.row("　" + date(a.attemptedOn()), a.method() + (a.contactMade() ? "（接触あり）" : "（接触なし）") + "：" + nz(a.result())));
			o.notes().forEach(n -> sheet.row("　" + date(n.notedOn()), n.text()));
		}

		sheet.section("参加支援");
		ParticipationPart pp = d.participation();
		if (pp.interests() != null) {
			sheet.row("希望・状況", nz(pp.interests()) + "／" + nz(pp.area()) + "／" + nz(pp.days()) + "／" + nz(pp.needsNotes()));
		}
		empty(sheet, pp.placements());
		for (PlacementPart pl : pp.placements()) {
			sheet.row(date(pl.startOn()), nz(pl.host()) + "「" + nz(pl.menu()) + "」（" + pl.status() + "）"
					+ (pl.endedOn() == null ? "" : "／終了 " + date(pl.endedOn()) + " " + nz(pl.endReason())));
			pl.followUps().forEach(f -> sheet.row("　" + f.kind(), date(f.dueOn()) + " " + nz(f.state()) + (f.notes() == null ? "" : "：" + f.notes())));
		}

		sheet.section("不開示とした情報");
		if (d.withheld().isEmpty()) {
			sheet.paragraph("ありません。");
		}
		d.withheld().forEach(w -> sheet.row(w.part() + "（" + w.count() + "件）", w.reason()));
		sheet.section("この写しの作成方法");
		d.rules().forEach(sheet::note);
		return sheet.finish();
	}

	private static void empty(PdfSheet sheet, List<?> items) {
		if (items.isEmpty()) {
			sheet.paragraph("記録はありません。");
		}
	}

	private static String date(LocalDate date) {
		return date == null ? "―" : WarekiDate.formatSeireki(date);
	}

	private static String nz(String text) {
		return text == null ? "" : text;
	}
}
