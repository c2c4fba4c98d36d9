package jp.kasane.rules;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/**
 * The support for setting up a 社会福祉連携推進法人 (社会福祉連携推進法人の設立支援事業, seed 000 §4(1)): 1,000千円以内,
 * once only for each 連携推進法人 (「１の連携推進法人につき１回に限り」). It is open to a platform that converts, and
 * is the only part of the program left to it after the conversion.
 */
public final class RenkeiSetupSupportRule {

	static final String NAME = "社会福祉連携推進法人の設立支援事業 国庫補助基準額";
	static final int AMOUNT = 1_000;
	static final List<RuleSource> SOURCES = List.of(
			new RuleSource(PlatformSubsidyRule.DOCUMENT, "4(1)", PlatformSubsidyRule.VERSION),
			new RuleSource(PlatformSubsidyRule.DOCUMENT, "3(1)", PlatformSubsidyRule.VERSION));

	/** @param usedBefore whether this 連携推進法人 (or its founding) was supported before */
	@Schema(name = "RenkeiSetupSupportInput")
	public record Input(@NotNull(message = "設立支援を以前に受けたかを指定してください") Boolean usedBefore) {
	}

	/** @param eligible whether the support can be granted; {@code amountThousandYen} is a ceiling (以内) in 千円 */
	@Schema(name = "RenkeiSetupSupportResult")
	public record Result(boolean eligible, int amountThousandYen, List<String> reasons, List<RuleSource> sources) {
	}

	/**
	 * The answer by the numbers of {@code version} (chosen by {@link RuleCatalog} for the fiscal year asked). This rule
	 * has one version today, so its numbers are that version's; a later table is selected here by the version.
	 */
	public Result evaluate(Input in, RuleVersion version) {
		return evaluate(in);
	}

	public Result evaluate(Input in) {
		if (Boolean.TRUE.equals(in.usedBefore())) {
			return new Result(false, 0, List.of("社会福祉連携推進法人の設立支援は1の連携推進法人につき1回に限られ、既に受けているため対象になりません。"),
					SOURCES);
		}
		return new Result(true, AMOUNT,
				List.of("社会福祉連携推進法人の設立支援（設立準備会、参加予定法人の合同研修会、リサーチ等）の国庫補助基準額は、1の連携推進法人につき1回に限り1,000千円以内です。",
						"実際の補助額は実支出額と交付要綱の補助率によります。"),
				SOURCES);
	}
}
