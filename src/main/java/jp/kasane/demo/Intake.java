package jp.kasane.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * Decides which consultation agency first registered a household (最初に相談を受けた窓口), by its needs:
 * elderly households go to the 地域包括支援センター of their area, families with small children to the
 * こども家庭センター, working-age poverty to the 自立相談支援機関, disability to the 基幹相談支援センター
 * or a 障害者相談支援事業所.
 */
final class Intake {

	private Intake() {
	}

	/**
	 * @param roll 0–99; decides between the plausible agencies, e.g. {@code random.nextInt(100)}
	 */
	static String agencyFor(Composition composition, List<Draft> drafts, TownArea area, int roll, LocalDate today) {
		String community = area.communityCenterCode();
		int r = roll;
		return switch (composition) {
			case SINGLE_ELDERLY, ELDERLY_COUPLE -> community;
			case EIGHTY_FIFTY -> r < 70 ? community : DemoAgencies.SELF_RELIANCE;
			case DOUBLE_CARE -> r < 50 ? community : DemoAgencies.CHILD_FAMILY;
			case SINGLE_PARENT -> r < 65 ? DemoAgencies.CHILD_FAMILY : DemoAgencies.SELF_RELIANCE;
			case YOUNG_COUPLE_WITH_BABY -> DemoAgencies.CHILD_FAMILY;
			case THREE_GENERATIONS -> youngestAge(drafts, today) < 6 ? DemoAgencies.CHILD_FAMILY : community;
			case SINGLE_WORKING_AGE -> r < 65 ? DemoAgencies.SELF_RELIANCE
					: r < 80 ? DemoAgencies.CORE_DISABILITY : DemoAgencies.DISABILITY_OFFICE;
			case COUPLE_WITH_CHILDREN -> r < 55 ? DemoAgencies.CHILD_FAMILY : DemoAgencies.SELF_RELIANCE;
			case SIBLINGS -> r < 50 ? DemoAgencies.DISABILITY_OFFICE : DemoAgencies.CORE_DISABILITY;
		};
	}

	/**
	 * The roll for the first household of each composition (the showcase round), chosen so that every
	 * consultation hub gets at least one case even in a small town.
	 */
	static int showcaseRoll(Composition composition) {
		return switch (composition) {
			case SINGLE_PARENT -> 99;
			case SINGLE_WORKING_AGE -> 70;
			default -> 0;
		};
	}

	private static int youngestAge(List<Draft> drafts, LocalDate today) {
		return drafts.stream().filter(Draft::current).mapToInt(d -> d.age(today)).min().orElse(0);
	}
}
