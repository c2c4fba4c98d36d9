package jp.kasane.person;

import java.util.List;

import jp.kasane.shared.RuleViolation;

/**
 * Registration stopped because the person is probably registered already (名寄せ). Candidates the
 * user may see are listed so they can use that record; the others are only counted, because
 * their agencies have not shared them.
 */
public class ProbableDuplicate extends RuleViolation {

	private final transient List<Person> visible;
	private final int hidden;

	ProbableDuplicate(List<Person> visible, int hidden) {
		super("PROBABLE_DUPLICATE", "同じ人がすでに登録されている可能性があります（氏名またはフリガナと生年月日が一致）。"
				+ "既存の登録を使うか、別人であることを確かめてから登録してください");
		this.visible = List.copyOf(visible);
		this.hidden = hidden;
	}

	public List<Person> visible() {
		return visible;
	}

	public int hidden() {
		return hidden;
	}
}
