package jp.kasane.organization;

/**
 * The municipality's facts the program rules need (事業の基礎数値), each missing until entered.
 *
 * @param population      人口 as of 令和3年1月1日 (市町村人口規模; decides the 新たな機能分の補助基準額)
 * @param childPopulation 18歳未満人口 (児童人口; decides the こども家庭センター type)
 * @param supportPlans    サポートプランの件数 a year, optional (サポートプラン作成支援員)
 * @param version         the optimistic version to send back when saving; 0 before the facts were first saved
 */
public record ProgramFacts(Integer population, Integer childPopulation, Integer supportPlans, int version) {

	static ProgramFacts none() {
		return new ProgramFacts(null, null, null, 0);
	}
}
