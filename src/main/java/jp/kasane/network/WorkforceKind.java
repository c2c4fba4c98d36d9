package jp.kasane.network;

/** The 人材確保・定着 measures of 000 3(2)ウ (ア)–(キ). */
public enum WorkforceKind {
	JOINT_TRAINING("（ア）職員のスキルアップ等のための合同研修"),
	PERSONNEL_EXCHANGE("（イ）人事交流"),
	RECRUITMENT_FAIR("（ウ）新規人材を確保するための広報、合同面接会"),
	LABOUR_MANAGEMENT_ADVICE("（エ）適正な経営労務管理体制の構築のための専門家からの助言"),
	SHARED_SERVICE("（オ）食事提供の一体実施など効率化のための取組"),
	COMMON_APPRAISAL_WAGE("（カ）共通の人事考課、賃金テーブルの作成に関する専門家からの助言"),
	JOINT_WELFARE("（キ）合同福利厚生事業");

	private final String label;

	WorkforceKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
