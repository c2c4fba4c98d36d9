package jp.kasane.demo;

import static jp.kasane.person.Relationship.CHILD;
import static jp.kasane.person.Relationship.CHILD_IN_LAW;
import static jp.kasane.person.Relationship.GRANDCHILD;
import static jp.kasane.person.Relationship.HEAD;
import static jp.kasane.person.Relationship.PARENT;
import static jp.kasane.person.Relationship.SIBLING;
import static jp.kasane.person.Relationship.SPOUSE;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import jp.kasane.demo.JapaneseNames.Name;
import jp.kasane.person.Relationship;

/**
 * Composes the members of one household with plausible ages, 続柄 and membership history
 * (a spouse who joined on marriage, an adult child who moved out, a parent who moved in for care).
 * The head (世帯主) always comes first and never leaves.
 */
final class FamilyComposer {

	private final Random random;
	private final LocalDate today;

	FamilyComposer(Random random, LocalDate today) {
		this.random = random;
		this.today = today;
	}

	List<Draft> compose(Composition composition, Name family) {
		Family f = new Family(family);
		switch (composition) {
			case SINGLE_ELDERLY -> singleElderly(f);
			case ELDERLY_COUPLE -> elderlyCouple(f);
			case EIGHTY_FIFTY -> eightyFifty(f);
			case DOUBLE_CARE -> doubleCare(f);
			case SINGLE_PARENT -> singleParent(f);
			case YOUNG_COUPLE_WITH_BABY -> youngCoupleWithBaby(f);
			case THREE_GENERATIONS -> threeGenerations(f);
			case SINGLE_WORKING_AGE -> singleWorkingAge(f);
			case COUPLE_WITH_CHILDREN -> coupleWithChildren(f);
			case SIBLINGS -> siblings(f);
		}
		return List.copyOf(f.drafts);
	}

	private void singleElderly(Family f) {
		int age = between(70, 94);
		LocalDate birth = born(age);
		if (!chance(50)) {
			f.add(f.name, chance(35), birth, HEAD, yearsAgo(1, 15), null);
			return;
		}
		LocalDate since = after(birth, 26, 34);
		f.add(f.name, chance(35), birth, HEAD, since, null);
		if (chance(50)) {
			LocalDate childBirth = born(age - between(24, 34));
			f.add(f.name, chance(50), childBirth, CHILD, later(childBirth, since), after(childBirth, 18, 30));
		}
	}

	private void elderlyCouple(Family f) {
		int husbandAge = between(68, 90);
		int wifeAge = Math.max(65, husbandAge - between(0, 5));
		LocalDate wifeBirth = born(wifeAge);
		LocalDate since = after(wifeBirth, 24, 30);
		f.add(f.name, true, born(husbandAge), HEAD, since, null);
		f.add(f.name, false, wifeBirth, SPOUSE, since, null);
		int movedOut = chance(60) ? between(1, 2) : 0;
		for (int i = 0; i < movedOut; i++) {
			LocalDate childBirth = born(wifeAge - between(25, 35));
			f.add(f.name, chance(50), childBirth, CHILD, later(childBirth, since), after(childBirth, 18, 28));
		}
	}

	private void eightyFifty(Family f) {
		boolean couple = chance(40);
		int headAge = between(78, 93);
		LocalDate headBirth = born(headAge);
		LocalDate since = after(headBirth, 25, 30);
		f.add(f.name, couple || chance(40), headBirth, HEAD, since, null);
		int motherAge = headAge;
		if (couple) {
			motherAge = headAge - between(0, 4);
			f.add(f.name, false, born(motherAge), SPOUSE, since, null);
		}
		LocalDate childBirth = born(clamp(motherAge - between(26, 35), 45, 60));
		f.add(f.name, chance(60), childBirth, CHILD, later(childBirth, since), null);
	}

	private void doubleCare(Family f) {
		int husbandAge = between(40, 52);
		int wifeAge = clamp(husbandAge - between(-2, 5), 36, 52);
		LocalDate husbandBirth = born(husbandAge);
		LocalDate wifeBirth = born(wifeAge);
		LocalDate since = after(later(husbandBirth, wifeBirth), 25, 31);
		f.add(f.name, true, husbandBirth, HEAD, since, null);
		f.add(f.name, false, wifeBirth, SPOUSE, since, null);
		int maxKidAge = Math.min(17, Period.between(since, today).getYears());
		for (int i = between(1, 3); i > 0; i--) {
			LocalDate kidBirth = born(between(0, maxKidAge));
			f.add(f.name, chance(50), kidBirth, CHILD, later(kidBirth, since), null);
		}
		int parentAge = Math.max(72, husbandAge + between(24, 34));
		LocalDate movedInForCare = today.minusDays(30 + random.nextInt(365 * 3));
		f.add(f.name, chance(30), born(parentAge), PARENT, movedInForCare, null);
	}

	private void singleParent(Family f) {
		boolean mother = chance(85);
		int age = between(24, 46);
		LocalDate parentBirth = born(age);
		List<LocalDate> kids = kidBirths(between(1, 3), 0, Math.min(17, age - 20));
		LocalDate oldest = kids.get(0);
		LocalDate youngest = kids.get(kids.size() - 1);
		boolean divorced = chance(40);
		LocalDate since = divorced
				? later(parentBirth.plusYears(18), oldest.minusYears(between(1, 3)).minusDays(random.nextInt(300)))
				: later(parentBirth.plusYears(18), yearsAgo(1, 8));
		f.add(f.name, !mother, parentBirth, HEAD, since, null);
		for (LocalDate kid : kids) {
			f.add(f.name, chance(50), kid, CHILD, later(kid, since), null);
		}
		if (divorced) {
			long span = ChronoUnit.DAYS.between(youngest, today);
			LocalDate left = youngest.plusDays(1 + random.nextInt((int) Math.max(1, span)));
			f.add(f.name, mother, born(clamp(age + between(1, 6), 25, 60)), SPOUSE, since, earlier(left, today));
		}
	}

	private void youngCoupleWithBaby(Family f) {
		boolean husbandIsHead = chance(90);
		int husbandAge = between(26, 38);
		int wifeAge = clamp(husbandAge - between(-2, 4), 25, 40);
		LocalDate husbandBirth = born(husbandAge);
		LocalDate wifeBirth = born(wifeAge);
		LocalDate baby = born(between(0, 1));
		List<LocalDate> kids = chance(30) ? List.of(baby.minusDays(500 + random.nextInt(700)), baby) : List.of(baby);
		LocalDate marriage = kids.get(0).minusYears(1).minusDays(random.nextInt(300));
		LocalDate headBirth = husbandIsHead ? husbandBirth : wifeBirth;
		LocalDate since = later(headBirth.plusYears(18), marriage.minusYears(between(1, 6)).minusDays(random.nextInt(365)));
		f.add(f.name, husbandIsHead, headBirth, HEAD, since, null);
		f.add(f.name, !husbandIsHead, husbandIsHead ? wifeBirth : husbandBirth, SPOUSE, marriage, null);
		for (LocalDate kid : kids) {
			f.add(f.name, chance(50), kid, CHILD, kid, null);
		}
	}

	private void threeGenerations(Family f) {
		int headAge = between(62, 78);
		LocalDate headBirth = born(headAge);
		LocalDate since = after(headBirth, 26, 30);
		f.add(f.name, true, headBirth, HEAD, since, null);
		int motherAge = headAge;
		if (chance(80)) {
			motherAge = clamp(headAge - between(0, 4), 58, 78);
			f.add(f.name, false, born(motherAge), SPOUSE, since, null);
		}
		boolean son = chance(75);
		int childAge = clamp(motherAge - between(26, 34), 30, 48);
		int inLawAge = clamp(childAge + (son ? -between(-2, 4) : between(-2, 4)), 28, 50);
		Name childFamily = son ? f.name : f.otherFamily();
		LocalDate childBirth = born(childAge);
		f.add(childFamily, son, childBirth, CHILD, later(childBirth, since), null);
		List<LocalDate> grandchildren = kidBirths(between(1, 3), 0, Math.min(16, Math.min(childAge, inLawAge) - 24));
		LocalDate marriage = grandchildren.get(0).minusYears(between(1, 3)).minusDays(random.nextInt(300));
		f.add(childFamily, !son, born(inLawAge), CHILD_IN_LAW, marriage, null);
		for (LocalDate kid : grandchildren) {
			f.add(childFamily, chance(50), kid, GRANDCHILD, kid, null);
		}
	}

	private void singleWorkingAge(Family f) {
		LocalDate birth = born(between(20, 64));
		f.add(f.name, chance(55), birth, HEAD, later(birth.plusYears(18), yearsAgo(1, 12)), null);
	}

	private void coupleWithChildren(Family f) {
		int husbandAge = between(33, 55);
		int wifeAge = clamp(husbandAge - between(-2, 5), 30, 53);
		LocalDate husbandBirth = born(husbandAge);
		LocalDate wifeBirth = born(wifeAge);
		int maxChildAge = Math.min(husbandAge, wifeAge) - 23;
		List<LocalDate> kids = kidBirths(between(1, 3), 3, Math.min(18, maxChildAge));
		LocalDate movedOutBirth = maxChildAge >= 19 && chance(35) ? born(between(19, Math.min(26, maxChildAge))) : null;
		LocalDate oldest = movedOutBirth != null ? movedOutBirth : kids.get(0);
		LocalDate marriage = oldest.minusYears(between(1, 2)).minusDays(random.nextInt(300));
		f.add(f.name, true, husbandBirth, HEAD, marriage, null);
		f.add(f.name, false, wifeBirth, SPOUSE, marriage, null);
		if (movedOutBirth != null) {
			f.add(f.name, chance(50), movedOutBirth, CHILD, movedOutBirth,
					later(movedOutBirth.plusYears(18), yearsAgo(0, 3)));
		}
		for (LocalDate kid : kids) {
			f.add(f.name, chance(50), kid, CHILD, kid, null);
		}
	}

	private void siblings(Family f) {
		int headAge = between(50, 68);
		LocalDate headBirth = born(headAge);
		LocalDate siblingBirth = born(clamp(headAge + between(-6, 6), 45, 72));
		LocalDate since = later(later(headBirth, siblingBirth).plusYears(18), yearsAgo(3, 20));
		f.add(f.name, chance(50), headBirth, HEAD, since, null);
		f.add(f.name, chance(50), siblingBirth, SIBLING, since, null);
	}

	/**
	 * Birth dates of up to {@code count} siblings, oldest first: the oldest aged minAge..maxAge, the next ones
	 * born 15 months to 4 years apart while they are still at least minAge.
	 */
	private List<LocalDate> kidBirths(int count, int minAge, int maxAge) {
		LocalDate latest = today.minusYears(minAge).minusDays(1);
		List<LocalDate> births = new ArrayList<>(List.of(born(between(minAge, Math.max(minAge, maxAge)))));
		while (births.size() < count) {
			LocalDate next = births.get(births.size() - 1).plusDays(450 + random.nextInt(1000));
			if (next.isAfter(latest)) {
				break;
			}
			births.add(next);
		}
		return births;
	}

	/** A birth date making the person exactly {@code age} today. */
	private LocalDate born(int age) {
		return today.minusYears(age).minusDays(1 + random.nextInt(364));
	}

	private LocalDate yearsAgo(int min, int max) {
		return today.minusYears(between(min, max)).minusDays(random.nextInt(365));
	}

	/** A date {@code min..max} years after {@code start}, never after today. */
	private LocalDate after(LocalDate start, int min, int max) {
		return earlier(start.plusYears(between(min, max)).plusDays(random.nextInt(365)), today);
	}

	private int between(int min, int max) {
		return min + random.nextInt(max - min + 1);
	}

	private boolean chance(int percent) {
		return random.nextInt(100) < percent;
	}

	private static int clamp(int value, int min, int max) {
		return Math.max(min, Math.min(max, value));
	}

	private static LocalDate later(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	private static LocalDate earlier(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	/** Drafts of one household in the making; avoids two members whose given names read the same. */
	private final class Family {
		private final Name name;
		private final List<Draft> drafts = new ArrayList<>();
		private final Set<String> usedGiven = new HashSet<>();

		Family(Name name) {
			this.name = name;
		}

		void add(Name family, boolean male, LocalDate birth, Relationship relationship, LocalDate joinedOn,
				LocalDate leftOn) {
			Name given = JapaneseNames.given(random, male, birth.getYear());
			for (int attempt = 0; attempt < 5 && usedGiven.contains(given.kana()); attempt++) {
				given = JapaneseNames.given(random, male, birth.getYear());
			}
			usedGiven.add(given.kana());
			drafts.add(new Draft(family, given, male, birth, relationship, joinedOn, leftOn));
		}

		Name otherFamily() {
			Name other = JapaneseNames.family(random);
			while (other.equals(name)) {
				other = JapaneseNames.family(random);
			}
			return other;
		}
	}
}
