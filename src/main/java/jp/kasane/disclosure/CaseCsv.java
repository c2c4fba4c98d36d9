package jp.kasane.disclosure;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.kasane.casework.CaseSummary;

/** The columns of the case list CSV (事例一覧), in order; dates ISO-8601, empty where there is none. */
final class CaseCsv {

	static final String[] HEADER = { "事例番号", "事例ID", "状態", "開始日", "主担当機関", "紹介元機関", "プランの参加機関", "次回モニタリング日",
			"最終連絡日", "本人・世帯員", "閲覧の根拠がない人数" };

	private CaseCsv() {
	}

	/**
	 * One case as CSV values; {@link jp.kasane.documents.SpreadsheetCells#printRecord} writes them, so no text
	 * (an agency or a person's name) can start a formula, and the count stays a number.
	 */
	static List<Object> row(CaseSummary c, Map<UUID, String> agencies, String members, LocalDate nextMonitoring, String names) {
		return List.of(c.number(), c.id().toString(), c.stateLabel(), text(c.openedOn()),
				c.leadAgency() == null ? "" : agencies.getOrDefault(c.leadAgency(), ""),
				agencies.getOrDefault(c.referrerAgency(), ""), members, text(nextMonitoring), text(c.lastContactOn()), names,
				c.hiddenPeople());
	}

	private static String text(LocalDate date) {
		return date == null ? "" : date.toString();
	}
}
