package jp.kasane.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.kasane.casework.CaseState;
import jp.kasane.community.EventKind;
import jp.kasane.intake.Channel;
import jp.kasane.intake.ReferralStatus;
import jp.kasane.outreach.Stage;
import jp.kasane.participation.PlacementStatus;
import jp.kasane.reporting.StatTable.Cell;
import jp.kasane.reporting.StatisticsQueries.Period;
import jp.kasane.shared.Field;
import org.springframework.stereotype.Component;

/**
 * Turns the aggregates of {@link StatisticsQueries} into the tables of the 実績報告, per 事業, with Japanese labels
 * (every category listed, 0 where nothing was counted) so that files of different years line up.
 */
@Component
class FiscalYearStatistics {

	/** A counted table before suppression, under its 事業. */
	record CountedSection(String program, List<StatTable> tables) {
	}

	static final Map<String, String> AGE_BANDS = ordered("0-17", "18歳未満", "18-39", "18〜39歳", "40-64", "40〜64歳",
			"65-74", "65〜74歳", "75+", "75歳以上", "UNKNOWN", "不明");

	/** Short labels that fit the printed table (the modules' own labels are longer). */
	private static final Map<String, String> CASE_STATES = ordered("REFERRAL_RECEIVED", "紹介受付", "INTAKE", "相談受付・申込",
			"ASSESSMENT", "アセスメント", "PLANNING", "プラン作成", "IN_SUPPORT", "支援中", "SUSPENDED", "中断", "CLOSED", "終結",
			"RETURNED_TO_REFERRER", "紹介元へ戻す");

	private static final Map<String, String> CASE_EVENTS = ordered("PLAN_ADOPTED", "プラン採用", "REPLANNED", "再プラン",
			"CLOSED", "終結", "SUSPENDED", "中断", "REOPENED", "再開", "RETURNED_TO_REFERRER", "紹介元へ戻す");

	private static final Map<String, String> MEETING_KINDS = ordered("MULTI_LAYERED", "重層的支援会議", "SUPPORT_CONFERENCE",
			"支援会議", "CASE_CONFERENCE", "ケース会議", "REUSED_BODY", "既存の会議体");

	private static final Map<String, String> ROLES = ordered("A", "A プランの協議", "B", "B 終結時等の評価", "C", "C 地域課題の把握");

	private static final Map<String, String> ISSUE_SOURCES = ordered("CONFERENCE", "会議", "COORDINATOR", "コーディネーター",
			"PLATFORM_MEETING", "プラットフォーム", "OTHER", "その他");

	private final StatisticsQueries queries;

	FiscalYearStatistics(StatisticsQueries queries) {
		this.queries = queries;
	}

	List<CountedSection> count(Period p) {
		List<CountedSection> sections = new ArrayList<>();
		sections.add(comprehensive(p));
		sections.add(multiAgency(p));
		sections.add(outreach(p));
		sections.add(participation(p));
		sections.add(community(p));
		sections.add(gaps(p));
		return sections;
	}

	private CountedSection comprehensive(Period p) {
		Map<String, Long> totals = queries.consultationTotals(p);
		long consultations = totals.get("consultations");
		Map<String, String> fields = new LinkedHashMap<>();
		for (Field f : Field.values()) {
			if (f != Field.OTHER) {
				fields.put(f.name(), f.label());
			}
		}
		fields.put("MULTI", "複数分野の機関");
		fields.put("OTHER", "その他");
		Map<String, String> channels = new LinkedHashMap<>();
		for (Channel c : Channel.values()) {
			channels.put(c.name(), c.label());
		}
		Map<String, String> referral = new LinkedHashMap<>();
		for (ReferralStatus s : ReferralStatus.values()) {
			referral.put(s.name(), s == ReferralStatus.REQUESTED ? "依頼中（未受理）" : s.label());
		}
		Map<String, Long> referrals = queries.referralsByStatus(p);
		return new CountedSection("包括的相談支援", List.of(
				new StatTable("相談の受付", List.of(new Cell("相談件数（延べ）", consultations),
						new Cell("相談者数（実人数）", totals.get("people"))), null, true),
				table("分野別（受け付けた機関の分野）", fields, queries.consultationsByField(p), "合計", true),
				table("相談経路別", channels, queries.consultationsByChannel(p), "合計", true),
				table("年齢別（相談日時点）", AGE_BANDS, queries.consultationsByAgeBand(p), "合計", true),
				table("課題別（複数選択）", queries.issueTags(), queries.consultationsByTag(p), null, true),
				table("他機関へのつなぎ（依頼日の年度、現在の状況）", referral, referrals, "依頼件数", true)));
	}

	private CountedSection multiAgency(Period p) {
		Map<String, Long> opened = queries.casesOpened(p);
		Map<String, Long> decisions = queries.supportDecisions(p);
		return new CountedSection("多機関協働", List.of(
				new StatTable("事例の受付", List.of(new Cell("新規事例数", opened.get("cases")),
						new Cell("対象者数（実人数）", opened.get("people"))), null, true),
				table("年度末の状態（年度中に扱った事例）", CASE_STATES, queries.casesByStateAtYearEnd(p), "合計", true),
				table("年度中の手続", CASE_EVENTS, queries.caseEvents(p), null, true),
				table("支援決定", ordered("PARTICIPATION", "参加支援", "OUTREACH", "アウトリーチ等"), decisions, "合計", true),
				new StatTable("支援決定のうちプラン前の早期開始",
						List.of(new Cell("早期開始", decisions.getOrDefault("EARLY_START", 0L))), null, true),
				table("会議の開催（開催済み）", MEETING_KINDS, queries.conferencesHeld(p), "合計", false),
				table("会議で検討した事例（役割別）", ROLES, queries.agendaItemsByRole(p), "合計", true)));
	}

	private CountedSection outreach(Period p) {
		Map<String, String> stages = new LinkedHashMap<>();
		for (Stage s : Stage.values()) {
			stages.put(s.name(), s.label());
		}
		Map<String, Long> a = queries.outreachActivity(p);
		return new CountedSection("アウトリーチ等を通じた継続的支援", List.of(
				table("年度末の段階（年度中に関わった人）", stages, queries.outreachByStageAtYearEnd(p), "合計", true),
				new StatTable("年度中の活動", List.of(new Cell("新たに把握した人", a.get("known")),
						new Cell("働きかけ（延べ）", a.get("attempts")), new Cell("うち接触できた", a.get("contacts")),
						new Cell("接触できた人（実人数）", a.get("reached")), new Cell("相談につながった人", a.get("consulting")),
						new Cell("支援につながった人", a.get("support")), new Cell("記録を終了した人", a.get("closed"))), null,
						true)));
	}

	private CountedSection participation(Period p) {
		Map<String, String> statuses = new LinkedHashMap<>();
		for (PlacementStatus s : PlacementStatus.values()) {
			statuses.put(s.name(), s.label());
		}
		Map<String, Long> a = queries.participationActivity(p);
		return new CountedSection("参加支援", List.of(
				table("年度中に始めたマッチング（出力時点の状況）", statuses, queries.placementsStartedByStatus(p), "合計", true),
				new StatTable("年度中の活動", List.of(new Cell("始めた人（実人数）", a.get("people")),
						new Cell("利用開始", a.get("active")), new Cell("終了", a.get("ended")),
						new Cell("定着支援（実施）", a.get("settling")), new Cell("つながり続ける（実施）", a.get("keep_in_touch"))),
						null, true)));
	}

	private CountedSection community(Period p) {
		Map<String, String> kinds = new LinkedHashMap<>();
		for (EventKind k : EventKind.values()) {
			kinds.put(k.name(), k.label());
		}
		Map<String, Long> people = queries.eventParticipants(p);
		return new CountedSection("地域づくり", List.of(
				table("地域課題の提起（提起元別）", ISSUE_SOURCES, queries.issuesRaisedBySource(p), "合計", false),
				table("地域課題の結論（年度中）", ordered("RESOURCE_CREATED", "新たな資源ができた", "DECLINED", "見送り"),
						queries.issuesConcluded(p), null, false),
				table("行事の開催（種類別）", kinds, queries.eventsByKind(p), "合計", false),
				table("行事の参加者（世代別、延べ）", ordered("children", "子ども（0〜17歳）", "youth", "若者（18〜39歳）",
						"working_age", "現役世代（40〜64歳）", "seniors", "高齢者（65歳以上）"), people, "合計", false)));
	}

	private CountedSection gaps(Period p) {
		return new CountedSection("複数分野にまたがる世帯（狭間）", List.of(
				table("相談が2分野以上にまたがった世帯", ordered("2", "2分野", "3", "3分野", "4+", "4分野以上"),
						queries.householdsByFieldCount(p), "合計", true)));
	}

	/** A table with a row per category in the given order; counts of unknown keys go to the total only. */
	private static StatTable table(String title, Map<String, String> labels, Map<String, Long> counts, String totalLabel,
			boolean personal) {
		List<Cell> cells = new ArrayList<>();
		labels.forEach((key, label) -> cells.add(new Cell(label, counts.getOrDefault(key, 0L))));
		Cell total = totalLabel == null ? null
				: new Cell(totalLabel, counts.entrySet().stream().filter(e -> !e.getKey().equals("EARLY_START"))
					.mapToLong(Map.Entry::getValue).sum());
		return new StatTable(title, cells, total, personal);
	}

	private static Map<String, String> ordered(String... keysAndLabels) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndLabels.length; i += 2) {
			map.put(keysAndLabels[i], keysAndLabels[i + 1]);
		}
		return map;
	}
}
