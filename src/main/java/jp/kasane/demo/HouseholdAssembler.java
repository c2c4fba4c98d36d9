package jp.kasane.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import jp.kasane.person.Relationship;

/**
 * Turns composed {@link Draft}s into registered residents and a household: assigns keys, the address
 * (former members live elsewhere in the city), phones, 性別 as written and 安全な連絡方法 notes.
 */
final class HouseholdAssembler {

	/** A household together with the residents it references. */
	record Assembled(DemoHousehold household, List<DemoPerson> people) {

		DemoPerson head() {
			String key = household.members().stream().filter(m -> m.current() && m.relationship() == Relationship.HEAD)
					.findFirst().orElseThrow().personKey();
			return people.stream().filter(p -> p.key().equals(key)).findFirst().orElseThrow();
		}
	}

	static final String DV_NOTE = "元配偶者からのDVにより避難。住所・連絡先を第三者に伝えない（住民基本台帳の支援措置あり）";

	private static final List<String> NOTES = List.of(
			"日中は家族がいるため携帯に電話。留守電に用件を残さない",
			"同居家族には相談していることを伝えていない。本人の携帯にのみ連絡",
			"平日18時以降のみ連絡可。職場には連絡しない",
			"郵送物は事業所名の入らない封筒で送付",
			"訪問前に必ず本人へ電話。近所の目を気にしている",
			"耳が遠いため電話より訪問を希望。訪問は午前中",
			"着信に出られないことが多い。ショートメッセージで連絡");

	private final Random random;
	private final LocalDate today;
	private int personSequence;

	HouseholdAssembler(Random random, LocalDate today) {
		this.random = random;
		this.today = today;
	}

	Assembled assemble(String key, Composition composition, DemoAddress address, List<Draft> drafts,
			String agencyCode) {
		String landline = composition.landlineLikely() && chance(70) ? Phones.landline(random) : null;
		boolean fledAbuse = composition == Composition.SINGLE_PARENT
				&& drafts.stream().anyMatch(d -> d.relationship() == Relationship.SPOUSE && !d.current());
		List<DemoPerson> people = new ArrayList<>();
		List<DemoMember> members = new ArrayList<>();
		for (Draft draft : drafts) {
			String personKey = String.format(Locale.ROOT, "p%04d", ++personSequence);
			DemoAddress own = draft.current() ? address : DemoAddress.random(random, 50);
			people.add(new DemoPerson(personKey, draft.family().kanji(), draft.given().kanji(), draft.family().kana(),
					draft.given().kana(), draft.birthDate(), sex(draft), own.postalCode(), own.line(),
					phone(draft, landline), note(draft, fledAbuse), agencyCode));
			members.add(new DemoMember(personKey, draft.relationship(), draft.joinedOn(), draft.leftOn()));
		}
		return new Assembled(new DemoHousehold(key, address.line(), members), people);
	}

	/** 性別 as written on the intake sheet; adults occasionally leave it blank or decline. */
	private String sex(Draft draft) {
		int r = random.nextInt(100);
		if (draft.age(today) >= 16 && r < 2) {
			return null;
		}
		if (draft.age(today) >= 16 && r < 3) {
			return "回答しない";
		}
		return draft.male() ? "男性" : "女性";
	}

	private String phone(Draft draft, String landline) {
		int age = draft.age(today);
		if (!draft.current()) {
			return chance(80) ? Phones.mobile(random) : null;
		}
		if (age < 13) {
			return null;
		}
		if (age < 18) {
			return chance(60) ? Phones.mobile(random) : null;
		}
		if (age >= 70) {
			if (landline != null && chance(70)) {
				return landline;
			}
			return chance(50) ? Phones.mobile(random) : null;
		}
		return chance(92) ? Phones.mobile(random) : landline;
	}

	private String note(Draft draft, boolean fledAbuse) {
		if (!draft.current() || draft.age(today) < 18) {
			return null;
		}
		if (fledAbuse && draft.relationship() == Relationship.HEAD && chance(60)) {
			return DV_NOTE;
		}
		return chance(6) ? NOTES.get(random.nextInt(NOTES.size())) : null;
	}

	private boolean chance(int percent) {
		return random.nextInt(100) < percent;
	}
}
