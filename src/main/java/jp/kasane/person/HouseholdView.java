package jp.kasane.person;

import java.util.List;

/**
 * A household as one user may see it: the members they may see with their 続柄 and history, how
 * many others there are, and the agencies and fields involved with the visible members.
 */
public record HouseholdView(Household household, List<Member> members, int hiddenMembers, List<Involvement> involved) {

	/** A visible member and their membership. */
	@io.swagger.v3.oas.annotations.media.Schema(name = "HouseholdMember")
	public record Member(Person person, Membership membership) {
	}

	/** An agency involved with a visible member, and why. */
	public record Involvement(String agencyName, String fields, String reason) {
	}

	public List<Member> currentMembers() {
		return members.stream().filter(m -> m.membership().current()).toList();
	}

	public List<Member> formerMembers() {
		return members.stream().filter(m -> !m.membership().current()).toList();
	}
}
