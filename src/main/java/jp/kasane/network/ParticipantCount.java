package jp.kasane.network;

import java.time.LocalDate;
import java.util.Collection;

/**
 * Who counts as a 参画法人 on a day, for the platform subsidy (参画法人数, 000 4(2)): a corporation (人材養成機関
 * and 保健医療機関 are not) that had joined by that day (参画日 on or before it) and had not left (脱退日 after it:
 * from the day it leaves it is no longer counted). The 要綱 does not say on which day to count; the
 * platform page and {@code subsidyFacts} count on the day they are asked, inside the current subsidy
 * year, because the platform keeps no application date and the year-end has not come yet.
 */
final class ParticipantCount {

	private ParticipantCount() {
	}

	static boolean takesPart(NetworkViews.Participant p, LocalDate on) {
		return !p.joinedOn().isAfter(on) && (p.leftOn() == null || p.leftOn().isAfter(on));
	}

	/** 参画法人数 on the day. */
	static int corporations(Collection<NetworkViews.Participant> participants, LocalDate on) {
		return (int) participants.stream().filter(p -> p.corporation() && takesPart(p, on)).count();
	}

	/** 小規模法人 taking part on the day. */
	static long smallCorporations(Collection<NetworkViews.Participant> participants, LocalDate on) {
		return participants.stream().filter(p -> p.corporation() && p.small() && takesPart(p, on)).count();
	}

	/** Bodies outside welfare services (人材養成機関・保健医療機関) taking part on the day. */
	static long nonWelfare(Collection<NetworkViews.Participant> participants, LocalDate on) {
		return participants.stream().filter(p -> !p.corporation() && takesPart(p, on)).count();
	}
}
