package jp.kasane.organization;

import java.util.ArrayList;
import java.util.List;

import jp.kasane.shared.RuleViolation;

/**
 * The rules an agency's registration must satisfy, each with its reason (別添3 3(3), 別添5).
 */
final class AgencyRules {

	private AgencyRules() {
	}

	/** Reasons the agency breaks a rule; empty when it is valid. */
	static List<String> violations(Agency agency, boolean tenantHasBasicOrIntegratedHub) {
		List<String> reasons = new ArrayList<>();
		if (agency.fields().isEmpty()) {
			reasons.add("対象分野を1つ以上選んでください");
		}
		if (agency.hubType() != null && !agency.kind().consultationHub()) {
			reasons.add("拠点の類型は包括的相談支援事業を行う機関（" + agency.kind().label() + "は対象外）にだけ設定できます");
		}
		if (agency.hubType() == HubType.COMMUNITY && !tenantHasBasicOrIntegratedHub) {
			reasons.add("地域型の拠点は、基本型または統合型の拠点が市町村内にあってはじめて設けられます（別添3 3(3)）");
		}
		if (agency.contracted() && (agency.contractorName() == null || agency.contractorName().isBlank())) {
			reasons.add("委託の場合は受託者名を入力してください");
		}
		return reasons;
	}

	static void check(Agency agency, boolean tenantHasBasicOrIntegratedHub) {
		List<String> reasons = violations(agency, tenantHasBasicOrIntegratedHub);
		if (!reasons.isEmpty()) {
			throw new RuleViolation("AGENCY_RULE", String.join("。", reasons));
		}
	}
}
