package jp.kasane.rules;

import java.math.RoundingMode;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The documented choices the rules take where the seeds are silent, configurable under {@code kasane.rules.*}.
 * Each rule states the choice it applied in its reasons.
 *
 * @param platformSubsidy choices of the platform subsidy (法人間連携プラットフォームの設置運営事業)
 * @param costShare       choices of the cost shares (負担割合)
 */
@ConfigurationProperties("kasane.rules")
public record RuleOptions(@DefaultValue PlatformSubsidy platformSubsidy, @DefaultValue CostShare costShare) {

	/** The defaults, as documented in the README. */
	public static RuleOptions defaults() {
		return new RuleOptions(PlatformSubsidy.defaults(), CostShare.defaults());
	}

	/**
	 * Choices for 000 §4(2).
	 *
	 * @param participantsCountedAt    when the 参画法人 are counted (the 要綱 does not say): at application or at year-end
	 * @param minimumParticipants      the fewest 参画法人 that make a platform (the 要綱 says 「複数の小規模法人等が参画」,
	 *                                 no number): 2 by default
	 * @param baseIsAnnual             whether the base (基準額) is granted for each subsidy year (default) or once for
	 *                                 the whole period (the 要綱 does not say)
	 * @param beyondTwoYearsAllowed    whether a third or later year is computed as an exception to 原則２か年 (the
	 *                                 要綱 defines no exception): false by default
	 */
	public record PlatformSubsidy(@DefaultValue("APPLICATION") CountedAt participantsCountedAt,
			@DefaultValue("2") int minimumParticipants, @DefaultValue("true") boolean baseIsAnnual,
			@DefaultValue("false") boolean beyondTwoYearsAllowed) {

		public static PlatformSubsidy defaults() {
			return new PlatformSubsidy(CountedAt.APPLICATION, 2, true, false);
		}
	}

	/** When the 参画法人 are counted. */
	public enum CountedAt {

		APPLICATION("交付申請の時点"), YEAR_END("年度末（実績報告）の時点");

		private final String label;

		CountedAt(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/**
	 * Choices for splitting an amount by the cost shares (負担割合): the seed gives rates, not yen.
	 *
	 * @param rounding how each payer's share other than the implementing body's is rounded to whole yen
	 *                 ({@code DOWN} = 円未満切り捨て, default; {@code HALF_UP} = 四捨五入); the implementing body
	 *                 (市町村, or the 都道府県 for its own program) takes the remainder, so the shares add up to the total
	 */
	public record CostShare(@DefaultValue("DOWN") RoundingMode rounding) {

		public static CostShare defaults() {
			return new CostShare(RoundingMode.DOWN);
		}
	}
}
