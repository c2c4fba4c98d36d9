package jp.kasane.person;

/** 続柄: a member's relationship to the household head (世帯主). */
public enum Relationship {
	HEAD("世帯主"), SPOUSE("妻・夫"), CHILD("子"), PARENT("父母"), GRANDCHILD("孫"), GRANDPARENT("祖父母"),
	SIBLING("兄弟姉妹"), CHILD_IN_LAW("子の配偶者"), OTHER_RELATIVE("その他の親族"), NON_RELATIVE("同居人");

	private final String label;

	Relationship(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
