package jp.kasane.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import jp.kasane.shared.FiscalYear;

/**
 * The seed sections the child-care and community rules come from (seed 001, 重層的支援体制整備事業実施要綱 別記), and
 * the wording helpers they share.
 */
final class ChildCareSources {

	/** The version of the 要綱 these rules follow (the seed is the consolidated text with the 令和6年度 amendments). */
	static final String NOTICE = "令和6年度版（令和5年4月1日適用の要綱、令和6年12月19日改正まで反映）";

	/** The versions of the 別記 numbers, oldest first: the 令和6年度 text. */
	static final List<RuleVersion> VERSIONS = List.of(new RuleVersion(new FiscalYear(2024),
			"重層的支援体制整備事業実施要綱（令和5年4月1日適用、令和6年12月19日改正まで反映）別記", "令和6年度版"));

	static final String USER_SUPPORT = "重層的支援体制整備事業実施要綱 別記1の3 利用者支援事業実施要領";

	static final String CHILD_REARING_HUB = "重層的支援体制整備事業実施要綱 別記2の4 地域子育て支援拠点事業実施要領";

	static final String ACTIVITY_CENTER = "重層的支援体制整備事業実施要綱 別記2の3 地域活動支援センター機能強化事業実施要領";

	private ChildCareSources() {
	}

	static RuleSource userSupport(String section) {
		return new RuleSource(USER_SUPPORT, section, NOTICE);
	}

	static RuleSource childRearingHub(String section) {
		return new RuleSource(CHILD_REARING_HUB, section, NOTICE);
	}

	static RuleSource activityCenter(String section) {
		return new RuleSource(ACTIVITY_CENTER, section, NOTICE);
	}

	/** 27000 → 「27,000」. */
	static String count(long n) {
		return NumberFormat.getIntegerInstance(Locale.JAPAN).format(n);
	}

	/** 5.50 → 「5.5」, 6 → 「6」. */
	static String decimal(BigDecimal n) {
		BigDecimal plain = n.stripTrailingZeros();
		return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
	}

	/** The Japanese name of a rounding the rules allow. */
	static String rounding(RoundingMode mode) {
		return switch (mode) {
			case FLOOR, DOWN -> "切り捨て";
			case CEILING, UP -> "切り上げ";
			case HALF_UP -> "四捨五入";
			default -> mode.name();
		};
	}
}
