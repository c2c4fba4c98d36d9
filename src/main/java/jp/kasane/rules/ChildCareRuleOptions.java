package jp.kasane.rules;

import java.math.RoundingMode;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The documented choices the 001 別記 rules take where the seed is silent, configurable under
 * {@code kasane.rules.child-care.*}. Each rule names the choice it applied, and the property, in its reasons.
 *
 * @param abuseTopUpRounding       rounding of the 虐待対応専門員 top-up (別表2 gives none): CEILING (default, so the
 *                                 computed caseload is always covered), FLOOR or HALF_UP
 * @param fundedExtraLimitedToTopUp whether the subsidised extra 虐待対応専門員 (上限5人) are also limited to the
 *                                 computed top-up (the 要領 does not say; default false: every person placed beyond
 *                                 the minimum counts, up to 5)
 * @param supportPlanRounding      rounding of plans ÷ 40 for サポートプラン作成支援員 (「40件あたり1名」 gives none):
 *                                 FLOOR (default: only each full 40 plans), CEILING or HALF_UP
 * @param countedAt                whether counts (plans, consultations, daily users) are the estimate at application
 *                                 (default) or the actual figure at year-end; the 要領 does not say, the rules only
 *                                 state it in their reasons
 * @param dailyUsersComparison     whether the average daily users of a 地域活動支援センター are compared as entered
 *                                 (default) or rounded half up first (「概ね20名以上」 gives no rounding)
 */
@ConfigurationProperties("kasane.rules.child-care")
public record ChildCareRuleOptions(@DefaultValue("CEILING") RoundingMode abuseTopUpRounding,
		@DefaultValue("false") boolean fundedExtraLimitedToTopUp, @DefaultValue("FLOOR") RoundingMode supportPlanRounding,
		@DefaultValue("APPLICATION") CountedAt countedAt, @DefaultValue("AS_ENTERED") UsersComparison dailyUsersComparison) {

	private static final Set<RoundingMode> ALLOWED = Set.of(RoundingMode.FLOOR, RoundingMode.CEILING, RoundingMode.HALF_UP);

	public ChildCareRuleOptions {
		if (!ALLOWED.contains(abuseTopUpRounding) || !ALLOWED.contains(supportPlanRounding)) {
			throw new IllegalArgumentException("kasane.rules.child-care: rounding must be FLOOR, CEILING or HALF_UP");
		}
	}

	/** The defaults, as documented in the README. */
	public static ChildCareRuleOptions defaults() {
		return new ChildCareRuleOptions(RoundingMode.CEILING, false, RoundingMode.FLOOR, CountedAt.APPLICATION,
				UsersComparison.AS_ENTERED);
	}

	/** When a count is taken (計数の時点). */
	public enum CountedAt {

		/** 申請時の見込み. */
		APPLICATION("申請時の見込み"),
		/** 年度末の実績. */
		YEAR_END("年度末の実績");

		private final String label;

		CountedAt(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/** How an average number of daily users is compared with 「概ね○名以上」. */
	public enum UsersComparison {

		/** 入力された平均をそのまま比べる. */
		AS_ENTERED,
		/** 小数点以下を四捨五入してから比べる. */
		HALF_UP
	}
}
