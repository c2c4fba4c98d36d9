package jp.kasane.rules;

/**
 * Where a rule comes from: the seed document, its section, and the notice and fiscal year of the version applied.
 *
 * @param document  the source, e.g. 「小規模法人のネットワーク化による協働推進事業実施要綱」
 * @param section   the section, e.g. 「4(2)」
 * @param notice    the notice or version, e.g. 「令和3年度」
 */
public record RuleSource(String document, String section, String notice) {

	@Override
	public String toString() {
		return document + " " + section + "（" + notice + "）";
	}
}
