package jp.kasane.rules;

import com.fasterxml.jackson.annotation.JsonProperty;
import jp.kasane.shared.FiscalYear;

/**
 * One version (版) of a rule's numbers: the notice (通知・交付要綱・資料) and revision they come from and the fiscal
 * year (年度) from which they apply. A rule lists its versions oldest first; a later fiscal year's table is added as
 * a new version, and the version in force for a year is the latest one that applies from that year or earlier.
 *
 * @param appliesFrom the first fiscal year the numbers apply to
 * @param notice      the notice and its revision, e.g. 「小規模法人のネットワーク化による協働推進事業実施要綱 第3次改正（令和5年3月29日 社援発0329第55号）」
 * @param label       the short name of the version as the sources write it, e.g. 「令和3年度」
 */
public record RuleVersion(FiscalYear appliesFrom, String notice, String label) {

	/** 「令和5年度（2023年度）から」. */
	@JsonProperty("appliesFromLabel")
	public String appliesFromLabel() {
		return appliesFrom.label() + "から";
	}

	/** Whether this version can apply to the fiscal year (it applies from that year or earlier). */
	public boolean appliesTo(FiscalYear year) {
		return appliesFrom.year() <= year.year();
	}
}
