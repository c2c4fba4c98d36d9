package jp.kasane.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;

import jp.kasane.demo.JapaneseNames.Name;

/**
 * Generates the fictional demo town 「かさね市」 (東京都): support agencies (支援関係機関), staff accounts,
 * residents and households (世帯) of mixed compositions — 単身高齢者, 8050, ダブルケア, ひとり親, 三世代同居 …
 * — plus three probable duplicate registrations for 名寄せ demos.
 * <p>
 * Deterministic: the same seed, household count and date always yield an equal {@link DemoTown}.
 */
public final class DemoTownGenerator {

	public static final String MUNICIPALITY_NAME = "かさね市";
	/** 全国地方公共団体コード: 13999 with check digit 8; fictional. */
	public static final String MUNICIPALITY_CODE = "139998";
	public static final String PREFECTURE_NAME = "東京都";

	private static final long STAFF_SALT = 0x9E3779B97F4A7C15L;

	private DemoTownGenerator() {
	}

	/**
	 * @param seed       random seed
	 * @param households number of households (the demo uses about 120, giving a few hundred residents)
	 * @param today      reference date for ages and membership history
	 */
	public static DemoTown generate(long seed, int households, LocalDate today) {
		Objects.requireNonNull(today, "today");
		if (households < 0) {
			throw new IllegalArgumentException("households must not be negative: " + households);
		}
		List<DemoAgency> agencies = DemoAgencies.all();
		List<DemoStaff> staff = DemoStaffRoster.staff(agencies, new Random(seed ^ STAFF_SALT), today);
		Random random = new Random(seed);
		FamilyComposer composer = new FamilyComposer(random, today);
		HouseholdAssembler assembler = new HouseholdAssembler(random, today);
		List<DemoHousehold> result = new ArrayList<>();
		List<DemoPerson> people = new ArrayList<>();
		List<DemoPerson> duplicates = new ArrayList<>();
		// The first household of each composition is a showcase, alternating north and south, so that small
		// towns still show every 世帯類型 and give every consultation hub a case.
		Composition[] compositions = Composition.values();
		for (int i = 0; i < households; i++) {
			boolean showcase = i < compositions.length;
			Composition composition = showcase ? compositions[i] : Composition.pick(random);
			Duplicates.Variant variant = Duplicates.variantFor(i, households);
			Name family = variant == null ? JapaneseNames.family(random) : JapaneseNames.family(variant.common());
			DemoAddress address = DemoAddress.random(random, composition.apartmentPercent(),
					showcase ? TownArea.inDistrict(i % 2 == 0) : TownArea.ALL);
			List<Draft> drafts = composer.compose(composition, family);
			int roll = showcase ? Intake.showcaseRoll(composition) : random.nextInt(100);
			String agency = Intake.agencyFor(composition, drafts, address.area(), roll, today);
			HouseholdAssembler.Assembled assembled = assembler.assemble(
					String.format(Locale.ROOT, "h%03d", i + 1), composition, address, drafts, agency);
			result.add(assembled.household());
			people.addAll(assembled.people());
			if (variant != null) {
				duplicates.add(Duplicates.of(assembled.head(), variant, address, duplicates.size()));
			}
		}
		people.addAll(duplicates);
		return new DemoTown(MUNICIPALITY_NAME, MUNICIPALITY_CODE, PREFECTURE_NAME, agencies, staff, people, result);
	}
}
