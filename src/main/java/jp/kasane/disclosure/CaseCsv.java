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

	static List<String> row(CaseSummary c, Map<UUID, String> agencies, String members, LocalDate nextMonitoring, String names) {
		return List.of(c.number(), c.id().toString(), c.stateLabel(), text(c.openedOn()),
				cell(c.leadAgency() == null ? "" : agencies.getOrDefault(c.leadAgency(), "")),
				cell(agencies.getOrDefault(c.referrerAgency(), "")), cell(members), text(nextMonitoring), text(c.lastContactOn()),
				cell(names), String.valueOf(c.hiddenPeople()));
	}

	/**
	 * Text as a spreadsheet shows it, never as a formula: a cell starting with {@code = + - @}, a tab or a
	 * carriage return gets a leading apostrophe (CSV injection).
	 */
	static String cell(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		char first = text.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + text : text;
	}

	private static String text(LocalDate date) {
		return date == null ? "" : date.toString();
	}
}
