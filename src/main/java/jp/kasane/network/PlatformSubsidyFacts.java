package jp.kasane.network;

/**
 * What the platform subsidy rule (国庫補助基準額, 000 4(2); {@code POST /api/v1/rules/platform-subsidy})
 * needs to know about a platform in the current fiscal year, with the rule API's field names.
 *
 * @param participants                  参画法人数: corporations taking part today; 人材養成機関・保健医療機関
 *                                      and those who have left are not counted
 * @param subsidyYear                   which year of the subsidy the current fiscal year is (1 + the years
 *                                      received before it)
 * @param backOfficeConsolidation       エ 事務処理部門の集約・共同化 this year (an エ activity, or the add-on
 *                                      recorded for this year)
 * @param backOfficeAddOnUsedBefore     the エ add-on was received in an earlier year (１回に限り)
 * @param ict                           オ ＩＣＴ技術の導入 this year
 * @param ictAddOnUsedBefore            the オ add-on was received in an earlier year
 * @param convertedToRenkeiSuishinHojin the platform has become a 社会福祉連携推進法人 (then no (2) subsidy)
 */
public record PlatformSubsidyFacts(int participants, int subsidyYear, boolean backOfficeConsolidation,
		boolean backOfficeAddOnUsedBefore, boolean ict, boolean ictAddOnUsedBefore,
		boolean convertedToRenkeiSuishinHojin) {
}
