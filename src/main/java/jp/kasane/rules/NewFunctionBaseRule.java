package jp.kasane.rules;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jp.kasane.shared.FiscalYear;

/**
 * The base amount of the new functions (重層的支援体制整備事業 新たな機能分の補助基準額, 令和3年度; seed 002) by the
 * municipality's population as of 令和3年1月1日, in eight bands from 25,300,000円 (under 10,000) to 61,800,000円
 * (500,000 or more). Each band includes its lower bound (「以上」) and excludes its upper one (「未満」).
 */
public final class NewFunctionBaseRule {

	static final String NAME = "重層的支援体制整備事業 新たな機能分の補助基準額";
	static final String VERSION = "令和3年度";
	static final List<RuleSource> SOURCES = List.of(new RuleSource(
			"地域共生社会の実現に向けて（重層的支援体制整備事業について）令和３年度地域共生社会の実現に向けた自治体等研修資料（厚生労働省九州厚生局）",
			"令和３年度における新たな機能分の補助基準額", VERSION));
	/** The versions of the table, oldest first; the next year's table is added as a version with its own bands. */
	static final List<RuleVersion> VERSIONS = List.of(new RuleVersion(new FiscalYear(2021),
			"令和３年度地域共生社会の実現に向けた自治体等研修資料（厚生労働省九州厚生局）：令和３年度の補助基準額・補助率", VERSION));

	/** One population band: from {@code from} (inclusive) to {@code below} (exclusive; null = no upper bound). */
	record Band(int from, Integer below, long yen, String label) {

		boolean contains(int population) {
			return population >= from && (below == null || population < below);
		}
	}

	static final List<Band> BANDS = List.of(new Band(0, 10_000, 25_300_000L, "10,000人未満"),
			new Band(10_000, 30_000, 28_000_000L, "10,000人以上～30,000人未満"),
			new Band(30_000, 50_000, 31_000_000L, "30,000人以上～50,000人未満"),
			new Band(50_000, 100_000, 33_800_000L, "50,000人以上～100,000人未満"),
			new Band(100_000, 200_000, 42_000_000L, "100,000人以上～200,000人未満"),
			new Band(200_000, 300_000, 50_500_000L, "200,000人以上～300,000人未満"),
			new Band(300_000, 500_000, 56_000_000L, "300,000人以上～500,000人未満"),
			new Band(500_000, null, 61_800_000L, "500,000人以上"));

	/** @param population the municipality's population as of 令和3年1月1日 (市町村人口規模) */
	@Schema(name = "NewFunctionBaseInput")
	public record Input(@NotNull(message = "人口を入力してください") @Min(value = 1, message = "人口は1以上で入力してください") Integer population) {
	}

	/** @param baseYen the 補助基準額 in yen; {@code band} the population band as the seed names it */
	@Schema(name = "NewFunctionBaseResult")
	public record Result(long baseYen, String band, List<String> reasons, List<RuleSource> sources) {
	}

	/** The bands of each version: the next year's table is one more entry here and one more version above. */
	static final Map<RuleVersion, List<Band>> TABLES = Map.of(VERSIONS.get(0), BANDS);

	/** The answer by the newest table. */
	public Result evaluate(Input in) {
		return evaluate(in, VERSIONS.get(VERSIONS.size() - 1));
	}

	/** The answer by the table of {@code version} (chosen by {@link RuleCatalog} for the fiscal year asked). */
	public Result evaluate(Input in, RuleVersion version) {
		List<Band> bands = TABLES.get(version);
		if (bands == null) {
			throw new IllegalArgumentException("no table for " + version.label());
		}
		int population = in.population();
		Band band = bands.stream().filter(b -> b.contains(population)).findFirst().orElseThrow();
		return new Result(band.yen(), band.label(),
				List.of("人口" + PlatformSubsidyRule.yen(population) + "人は「" + band.label() + "」の区分で、新たな機能分（多機関協働・アウトリーチ等を通じた継続的支援・参加支援）の補助基準額は"
						+ PlatformSubsidyRule.yen(band.yen()) + "円です。",
						"人口は令和３年１月１日時点の市町村人口規模で判定します（区分の下限は「以上」、上限は「未満」です）。",
						"この額は" + version.label() + "のものです。他の年度は、その年度の交付要綱の額を確かめてください。"),
				SOURCES);
	}
}
