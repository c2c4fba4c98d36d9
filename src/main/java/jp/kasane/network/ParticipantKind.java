package jp.kasane.network;

/**
 * Who takes part in a platform (000 3(2)ア): corporations of any kind, with or without legal personality,
 * and — where the 実施主体 finds it necessary — bodies that are not welfare service providers
 * (人材養成機関 such as 介護福祉士養成施設, 保健医療機関). Kasane counts only the corporations as
 * 参画法人 for the subsidy ({@link PlatformSubsidyFacts}); see {@link #corporation()}.
 */
public enum ParticipantKind {
	SOCIAL_WELFARE_CORPORATION("社会福祉法人", true),
	FOR_PROFIT("営利法人", true),
	PUBLIC_INTEREST("公益法人", true),
	NPO("NPO法人", true),
	NO_LEGAL_PERSONALITY("法人格のない団体", true),
	OTHER_CORPORATION("その他の法人", true),
	TRAINING_INSTITUTION("人材養成機関（介護福祉士養成施設等）", false),
	MEDICAL_INSTITUTION("保健医療機関", false);

	private final String label;
	private final boolean corporation;

	ParticipantKind(String label, boolean corporation) {
		this.label = label;
		this.corporation = corporation;
	}

	public String label() {
		return label;
	}

	/** Whether it is a welfare service provider counted as 参画法人 (not a 福祉サービス事業者以外の者). */
	public boolean corporation() {
		return corporation;
	}
}
