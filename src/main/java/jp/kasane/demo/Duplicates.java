package jp.kasane.demo;

import java.util.List;

/**
 * Probable duplicate registrations (名寄せ候補) for name-matching demos: the same resident registered
 * again by another agency, with the family name in a variant glyph (異体字) and the address in
 * hyphenated notation. The copy belongs to no household and its key ends in {@code "-dup"}.
 */
final class Duplicates {

	/** A family name and the variant glyph another agency wrote it with. */
	record Variant(String common, String variant) {
	}

	static final List<Variant> VARIANTS = List.of(
			new Variant("高橋", "髙橋"), new Variant("斎藤", "齋藤"), new Variant("山崎", "山﨑"));

	private Duplicates() {
	}

	/** Household index whose head gets the {@code n}-th variant's family name, or -1 if there is none. */
	static int householdIndex(int n, int households) {
		int index = households >= 4 ? (n + 1) * households / 4 : n;
		return index < households ? index : -1;
	}

	static Variant variantFor(int householdIndex, int households) {
		for (int n = 0; n < VARIANTS.size(); n++) {
			if (householdIndex(n, households) == householdIndex) {
				return VARIANTS.get(n);
			}
		}
		return null;
	}

	/** The second registration of {@code original}; the {@code n}-th also omits 性別 and phone. */
	static DemoPerson of(DemoPerson original, Variant variant, DemoAddress address, int n) {
		boolean sparse = n == 1;
		return new DemoPerson(original.key() + "-dup", variant.variant(), original.givenName(), original.familyKana(),
				original.givenKana(), original.birthDate(), sparse ? null : original.sex(), original.postalCode(),
				address.shortLine(), sparse ? null : original.phone(), null, otherAgency(original, address.area()));
	}

	private static String otherAgency(DemoPerson original, TownArea area) {
		String first = original.registeredByAgencyCode();
		if (first.equals(DemoAgencies.SELF_RELIANCE)) {
			return area.communityCenterCode();
		}
		return DemoAgencies.SELF_RELIANCE;
	}
}
