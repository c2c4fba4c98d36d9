package jp.kasane.community;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jp.kasane.rules.ChildRearingHubStandardRule;
import jp.kasane.rules.ChildRearingHubType;
import jp.kasane.rules.CommunityActivityCenterTypeRule;
import jp.kasane.rules.RuleAnswer;
import jp.kasane.rules.RuleCatalog;
import jp.kasane.shared.InvalidField;
import org.springframework.stereotype.Component;

/**
 * Asks the rules module about a hub's facts: 地域活動支援センターの類型 (別記2の3) and 地域子育て支援拠点の基準
 * (別記2の4), in the version in force today. A fact still missing is named, never an error.
 */
@Component
class HubStandards {

	private final CommunityActivityCenterTypeRule activityCenter;
	private final ChildRearingHubStandardRule childRearingHub;
	private final RuleCatalog catalog;

	HubStandards(CommunityActivityCenterTypeRule activityCenter, ChildRearingHubStandardRule childRearingHub,
			RuleCatalog catalog) {
		this.activityCenter = activityCenter;
		this.childRearingHub = childRearingHub;
		this.catalog = catalog;
	}

	/** Facts that contradict each other are refused on the field (常勤・専任 cannot exceed all staff). */
	static void check(CommunityForms.HubFacts f) {
		if (f.staff() != null && f.fullTimeStaff() != null && f.fullTimeStaff() > f.staff()) {
			throw new InvalidField("fullTimeStaff", "常勤の職員の数が職員の数を超えています");
		}
		if (f.staff() != null && f.dedicatedStaff() != null && f.dedicatedStaff() > f.staff()) {
			throw new InvalidField("dedicatedStaff", "専任の職員の数が職員の数を超えています");
		}
	}

	CommunityViews.HubStandard standard(CommunityViews.Hub hub, CommunityForms.HubFacts f) {
		List<String> missing = new ArrayList<>();
		return switch (hub.program()) {
			case COMMUNITY_ACTIVITY_SUPPORT_CENTER -> {
				need(f.dailyUsers(), "1日当たりの実利用人員", missing);
				need(f.staff(), "職員の数", missing);
				need(f.fullTimeStaff(), "常勤の職員の数", missing);
				need(f.dedicatedStaff(), "専任の職員の数", missing);
				RuleAnswer<CommunityActivityCenterTypeRule.ActivityCenterAnswer> answer = null;
				List<String> shortfalls = List.of();
				if (missing.isEmpty()) {
					answer = catalog.answer("community-activity-center", null,
							v -> activityCenter.evaluate(new CommunityActivityCenterTypeRule.ActivityCenterQuery(f.dailyUsers(),
									f.staff(), f.fullTimeStaff(), f.dedicatedStaff(), Boolean.TRUE.equals(f.consultationSupport()),
									f.trackRecordYears() == null ? 0 : f.trackRecordYears()), v));
					if ("該当なし".equals(answer.answer().type())) {
						shortfalls = answer.answer().checks().stream()
							.map(c -> c.type() + "：" + String.join("。", c.missing()))
							.toList();
					}
				}
				yield new CommunityViews.HubStandard(hub.id(), hub.program(), true, "地域活動支援センターの類型（Ⅰ型・Ⅱ型・Ⅲ型）", f, answer,
						null, shortfalls, List.copyOf(missing));
			}
			case CHILD_REARING_SUPPORT_HUB -> {
				need(f.hubForm(), "実施形態（一般型・連携型など）", missing);
				need(f.daysPerWeek(), "週の開設日数", missing);
				need(f.hoursPerDay(), "1日の開設時間", missing);
				need(f.staff(), "職員の数", missing);
				if (f.hubForm() == ChildRearingHubType.GENERAL || f.hubForm() == ChildRearingHubType.COOPERATIVE) {
					need(f.lecturesPerMonth(), "講習等の月の回数", missing);
				}
				if (f.hubForm() == ChildRearingHubType.SMALL_DESIGNATED) {
					need(f.activities(), "a～cの取組の数", missing);
				}
				RuleAnswer<ChildRearingHubStandardRule.HubAnswer> answer = null;
				List<String> shortfalls = List.of();
				if (missing.isEmpty()) {
					answer = catalog.answer("child-rearing-hub", null, v -> childRearingHub.evaluate(
							new ChildRearingHubStandardRule.HubQuery(f.hubForm(), f.daysPerWeek(), f.hoursPerDay(), f.staff(),
									f.lecturesPerMonth() == null ? 0 : f.lecturesPerMonth(), f.activities()), v));
					shortfalls = answer.answer().checks().stream().filter(c -> !c.met())
						.map(c -> c.item() + "が" + c.actual() + "で、" + c.required() + "を満たしません")
						.toList();
				}
				yield new CommunityViews.HubStandard(hub.id(), hub.program(), true, "地域子育て支援拠点の開設日数・時間と職員の基準", f,
						null, answer, shortfalls, List.copyOf(missing));
			}
			default -> new CommunityViews.HubStandard(hub.id(), hub.program(), false, null, f, null, null, List.of(), List.of());
		};
	}

	private static void need(Object value, String what, List<String> missing) {
		if (value == null) {
			missing.add(what);
		}
	}

	static BigDecimal plain(BigDecimal n) {
		return n == null ? null : n.stripTrailingZeros();
	}
}
