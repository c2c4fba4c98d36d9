package jp.kasane.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import jp.kasane.demo.JapaneseNames.Name;

/**
 * Demo login accounts: one fixed, well-known account per role, plus one or two generated
 * caseworkers (相談支援員) at every consultation hub (包括的相談支援の拠点).
 */
final class DemoStaffRoster {

	private DemoStaffRoster() {
	}

	static List<DemoStaff> staff(List<DemoAgency> agencies, Random random, LocalDate today) {
		List<DemoStaff> staff = new ArrayList<>(List.of(
				new DemoStaff("admin", "岡田 健一", DemoAgencies.MUNICIPAL, DemoStaff.SYSTEM_ADMIN),
				new DemoStaff("shiyakusho", "藤原 真理子", DemoAgencies.MUNICIPAL, DemoStaff.MUNICIPAL_STAFF),
				new DemoStaff("kyodo", "石井 亮", DemoAgencies.COLLABORATION, DemoStaff.COORDINATOR),
				new DemoStaff("hokatsu", "森 由美", DemoAgencies.HOKATSU_NORTH, DemoStaff.CASEWORKER),
				new DemoStaff("kodomo", "池田 愛", DemoAgencies.CHILD_FAMILY, DemoStaff.CASEWORKER),
				new DemoStaff("kansa", "前田 誠", DemoAgencies.MUNICIPAL, DemoStaff.AUDITOR),
				new DemoStaff("outreach", "松本 大輔", DemoAgencies.OUTREACH, DemoStaff.CASEWORKER),
				new DemoStaff("sanka", "清水 美穂", DemoAgencies.PARTICIPATION, DemoStaff.CASEWORKER),
				new DemoStaff("chiiki", "中川 翔", DemoAgencies.COMMUNITY_BUILDING, DemoStaff.CASEWORKER)));
		for (DemoAgency agency : agencies) {
			if (!agency.kind().consultationHub()) {
				continue;
			}
			int extra = 1 + random.nextInt(2);
			for (int i = 1; i <= extra; i++) {
				staff.add(new DemoStaff(agency.code() + "-" + i, displayName(random, today), agency.code(),
						DemoStaff.CASEWORKER));
			}
		}
		return List.copyOf(staff);
	}

	private static String displayName(Random random, LocalDate today) {
		boolean male = random.nextBoolean();
		int birthYear = today.getYear() - (24 + random.nextInt(38));
		Name family = JapaneseNames.family(random);
		return family.kanji() + " " + JapaneseNames.given(random, male, birthYear).kanji();
	}
}
