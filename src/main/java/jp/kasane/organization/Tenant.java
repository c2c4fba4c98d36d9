package jp.kasane.organization;

import jp.kasane.shared.MunicipalityCode;
import jp.kasane.shared.RuleViolation;
import jp.kasane.shared.TenantId;

/**
 * An implementing body (実施主体): a 市町村 identified by its 全国地方公共団体コード, a 都道府県, or an
 * organisation they approved. Every record in Kasane belongs to exactly one tenant.
 */
public record Tenant(TenantId id, TenantKind kind, String name, MunicipalityCode code) {

	public Tenant {
		switch (kind) {
			case MUNICIPALITY -> {
				if (code == null || code.isPrefecture()) {
					throw new RuleViolation("TENANT_CODE_REQUIRED", "市町村には市町村の団体コードが必要です");
				}
			}
			case PREFECTURE -> {
				if (code == null || !code.isPrefecture()) {
					throw new RuleViolation("TENANT_CODE_REQUIRED", "都道府県には都道府県の団体コード（末尾が000＋検査数字）が必要です");
				}
			}
			case APPROVED_ORGANIZATION -> {
			}
		}
	}
}
