package jp.kasane.network;

import java.time.LocalDate;
import java.util.Optional;

import jp.kasane.shared.FiscalYear;

/**
 * 成果目標 are set in advance and their 達成度合い reported with the 実績報告: 「あらかじめ成果目標を立てると
 * ともに、当該目標に対する達成度合いを検証し、その結果を実績報告の際に厚生労働省あて報告すること」
 * (seed 003, 2(3) and 3(6)). Kasane reads "in advance" as before the fiscal year starts (set on 3月31日 at
 * the latest), and the 実績報告 as following the year (reported from 4月1日 of the next year).
 */
final class GoalTiming {

	private GoalTiming() {
	}

	static Optional<Refusal> setRefusal(FiscalYear year, LocalDate setOn, LocalDate today) {
		if (setOn.isAfter(today)) {
			return Optional.of(Refusal.field("setOn", "設定日に未来の日付は入力できません"));
		}
		if (!setOn.isBefore(year.start())) {
			return Optional.of(Refusal.rule("GOAL_AFTER_YEAR_START", "成果目標は年度が始まる前（" + year.start().minusDays(1)
					+ "まで）に立てます。" + year.label() + "はすでに" + year.start() + "に始まっています（実施要領（案）2(3)・3(6)）"));
		}
		return Optional.empty();
	}

	static Optional<Refusal> reportRefusal(FiscalYear year, LocalDate reportedOn, LocalDate today) {
		if (reportedOn.isAfter(today)) {
			return Optional.of(Refusal.field("reportedOn", "報告日に未来の日付は入力できません"));
		}
		if (!reportedOn.isAfter(year.end())) {
			return Optional.of(Refusal.rule("GOAL_REPORT_BEFORE_YEAR_END", "達成度合いは" + year.label() + "が終わってから（"
					+ year.end().plusDays(1) + "以降）、実績報告とともに報告します"));
		}
		return Optional.empty();
	}
}
