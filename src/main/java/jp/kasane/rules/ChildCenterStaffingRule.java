package jp.kasane.rules;

import static jp.kasane.rules.ChildCareSources.count;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * こども家庭センター 児童福祉機能の施設類型と最低配置人員 (child family centre type by child population and its
 * minimum staffing): 別記1の3 4(3)④エ(ウ), 【別添4】 and 【別表】1.
 */
public final class ChildCenterStaffingRule {

	static final List<RuleSource> SOURCES = List.of(ChildCareSources.userSupport("4(3)④エ(ウ)"),
				ChildCareSources.userSupport("【別添4】"), ChildCareSources.userSupport("【別表】1"));

	static final int SMALL_MUNICIPALITY = 50_000;

	/**
	 * @param childPopulation       児童人口 of the municipality (or of the centre's district)
	 * @param population            人口 of the municipality, optional: decides the 小規模A型 常時1名 exception (人口5万人未満)
	 * @param dualRoleFullTimeStaff whether a full-time staff member works in both 母子保健機能 and 児童福祉機能, optional
	 */
	public record StaffingQuery(
			@Schema(example = "27000") @NotNull(message = "児童人口を入力してください") @PositiveOrZero(message = "児童人口は0以上の数で入力してください") @Max(value = 100_000_000, message = "児童人口は1億人以下で入力してください") Long childPopulation,
			@PositiveOrZero(message = "人口は0以上の数で入力してください") @Max(value = 200_000_000, message = "人口は2億人以下で入力してください") Long population, Boolean dualRoleFullTimeStaff) {
	}

	/**
	 * @param type                   中規模型 …
	 * @param childPopulationBand    the band of 【別添4】
	 * @param minimumStaff           「常時○名」 by role (0 where the table shows －)
	 * @param total                  the table's 合計
	 * @param oneStaffAtAllTimesAllowed whether the 小規模A型 exception (常時1名体制でも可) applies
	 */
	public record StaffingAnswer(String type, String childPopulationBand, Map<String, Integer> minimumStaff, int total,
			boolean oneStaffAtAllTimesAllowed, List<String> reasons, List<RuleSource> sources) {
	}

	/**
	 * The answer by the numbers of {@code version} (chosen by {@link RuleCatalog} for the fiscal year asked). This rule
	 * has one version today, so its numbers are that version's; a later table is selected here by the version.
	 */
	public StaffingAnswer evaluate(StaffingQuery query, RuleVersion version) {
		return evaluate(query);
	}

	public StaffingAnswer evaluate(StaffingQuery query) {
		long children = query.childPopulation();
		ChildCenterType type = ChildCenterType.forChildPopulation(children);
		List<String> reasons = new ArrayList<>();
		reasons.add("児童人口" + count(children) + "人は「" + type.band() + "（" + type.approximatePopulation() + "）」に当たるため、"
				+ type.label() + "です。");
		if (children == type.from() && type.from() > 0) {
			reasons.add("児童人口がちょうど" + count(children) + "人のため、「以上」に当たる" + type.label() + "に入れています。");
		}
		reasons.add("類型の境界は「概ね」とされていますが、このルールは0.9万・1.8万・2.7万・7.2万人をそのまま境界とし、"
				+ "「以上」はその数を含み「未満」は含まない扱いにしています。地域の実情による調整は市町村の判断です。");
		Map<String, Integer> staff = type.minimumStaff();
		StringBuilder table = new StringBuilder("最低配置人員（別表1）は");
		staff.forEach((role, n) -> table.append(role).append(n == 0 ? " －、" : " 常時" + n + "名、"));
		table.append("合計 常時").append(type.total()).append("名です。");
		reasons.add(table.toString());
		reasons.add("「常時○名」は、開所時間帯のうち週休日・夜間を除く週40時間を標準とする時間帯に配置する必要がある職員数と解することができます。");
		reasons.add("児童人口をいつの時点の数で数えるかは類型の区分について定めがないため、入力された児童人口をそのまま使っています"
				+ "（虐待対応専門員の上乗せの算定では直近の国勢調査の数値を使うとされています）。");
		boolean oneStaff = false;
		if (type == ChildCenterType.SMALL_A) {
			if (query.population() == null || query.dualRoleFullTimeStaff() == null) {
				reasons.add("人口5万人未満の市町村で、母子保健機能と児童福祉機能を兼務する常勤職員がいる場合に限り、勤務形態を問わず常時1名体制でも可とされています"
						+ "（人口と兼務の常勤職員の有無が入力されていないため、この例外は判定していません）。");
			}
			else if (query.population() < SMALL_MUNICIPALITY && query.dualRoleFullTimeStaff()) {
				oneStaff = true;
				reasons.add("人口" + count(query.population()) + "人（5万人未満）で、両機能を兼務する常勤職員がいるため、勤務形態を問わず常時1名体制でも可です。");
			}
			else if (query.population() >= SMALL_MUNICIPALITY) {
				reasons.add("人口" + count(query.population()) + "人は5万人未満ではないため、常時1名体制の例外は使えません。");
			}
			else {
				reasons.add("両機能を兼務する常勤職員がいないため、常時1名体制の例外は使えません。");
			}
		}
		else {
			reasons.add(type.label() + "は小規模B型以上のため、児童千人当たりの児童虐待相談対応件数が全国平均を上回る場合は、"
					+ "算式（別表2）で算定した虐待対応専門員を最低配置人員に上乗せして配置する必要があります。");
		}
		reasons.add(switch (type) {
			case SMALL_A, SMALL_B, SMALL_C -> "小規模型（小規模市・町村部）では、2次医療圏を単位とした広域での設置も考えられます。";
			case MEDIUM, LARGE -> type.label() + "の市部では、区域等に応じて複数のこども家庭センターを設置することも考えられ、指定都市では行政区ごとの設置が求められます。";
		});
		reasons.add("このほか、必要に応じて安全確認対応職員、事務処理対応職員等を配置することが望ましいとされています。");
		List<RuleSource> sources = SOURCES;
		return new StaffingAnswer(type.label(), type.band(), staff, type.total(), oneStaff, List.copyOf(reasons), sources);
	}
}
