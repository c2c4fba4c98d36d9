package jp.kasane.participation;

import java.util.List;

/**
 * One menu as proposed for a person: its rank, the score behind it and the reasons in words. A menu
 * that is full or open on none of the person's days is not {@code available} and ranks after every
 * available one, with {@code caution} saying why.
 */
public record Proposal(int rank, Menu menu, int score, boolean available, String caution, List<String> reasons) {

	public Proposal {
		reasons = List.copyOf(reasons);
	}
}
