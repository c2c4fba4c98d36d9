package jp.kasane.network;

/** 福祉教育, 出前講座 by facility staff, and 職場体験・実習 for pupils and students (004 ③). */
public enum EducationKind {
	WELFARE_EDUCATION("福祉教育"),
	OUTREACH_LECTURE("出前講座"),
	WORK_EXPERIENCE("職場体験・実習");

	private final String label;

	EducationKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
