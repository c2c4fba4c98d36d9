package jp.kasane.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import jp.kasane.organization.AgencyKind;
import jp.kasane.organization.HubType;
import jp.kasane.person.Relationship;

class DemoTownGeneratorTest {

	private static final LocalDate TODAY = LocalDate.of(2025, 4, 1);
	private static final DemoTown TOWN = DemoTownGenerator.generate(42L, 120, TODAY);
	private static final Map<String, DemoPerson> PEOPLE = TOWN.people().stream()
			.collect(Collectors.toMap(DemoPerson::key, Function.identity()));

	@Test
	void sameSeedGivesEqualTowns() {
		assertThat(DemoTownGenerator.generate(42L, 120, TODAY)).isEqualTo(TOWN);
		assertThat(DemoTownGenerator.generate(43L, 120, TODAY)).isNotEqualTo(TOWN);
	}

	@Test
	void generatesTheRequestedNumberOfHouseholds() {
		assertThat(TOWN.households()).hasSize(120);
		assertThat(DemoTownGenerator.generate(1L, 7, TODAY).households()).hasSize(7);
		assertThat(DemoTownGenerator.generate(1L, 0, TODAY).people()).isEmpty();
		assertThatThrownBy(() -> DemoTownGenerator.generate(1L, -1, TODAY))
				.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void municipalityCodeHasAValidCheckDigit() {
		assertThat(TOWN.municipalityName()).isEqualTo("かさね市");
		assertThat(TOWN.prefectureName()).isEqualTo("東京都");
		String code = TOWN.municipalityCode();
		int sum = 0;
		for (int i = 0; i < 5; i++) {
			sum += (code.charAt(i) - '0') * (6 - i);
		}
		assertThat(code.charAt(5) - '0').isEqualTo((11 - sum % 11) % 10);
	}

	@Test
	void agenciesCoverEveryKindButTheTownWindow() {
		Set<AgencyKind> expected = EnumSet.allOf(AgencyKind.class);
		expected.remove(AgencyKind.TOWN_WITHOUT_WELFARE_OFFICE_WINDOW);
		assertThat(TOWN.agencies()).extracting(DemoAgency::kind).containsAll(expected)
				.doesNotContain(AgencyKind.TOWN_WITHOUT_WELFARE_OFFICE_WINDOW);
		assertThat(TOWN.agencies()).extracting(DemoAgency::code).doesNotHaveDuplicates();
		assertThat(TOWN.agencies()).hasSizeBetween(16, 22).allSatisfy(a -> {
			assertThat(a.fields()).isNotEmpty();
			assertThat(a.hubType() != null).isEqualTo(a.kind().consultationHub());
			assertThat(a.contractorName() != null).isEqualTo(a.contracted());
		});
		assertThat(TOWN.agencies()).extracting(DemoAgency::hubType).contains(HubType.values());
		assertThat(TOWN.agencies()).filteredOn(DemoAgency::contracted).hasSizeGreaterThanOrEqualTo(4);
	}

	@Test
	void everyRoleHasItsWellKnownAccount() {
		assertThat(TOWN.staff()).extracting(DemoStaff::role).containsAll(DemoStaff.ROLES);
		assertThat(TOWN.staff()).extracting(DemoStaff::username).doesNotHaveDuplicates();
		Map<String, DemoStaff> byName = TOWN.staff().stream()
				.collect(Collectors.toMap(DemoStaff::username, Function.identity()));
		Map<String, DemoAgency> agencies = TOWN.agencies().stream()
				.collect(Collectors.toMap(DemoAgency::code, Function.identity()));
		assertAccount(byName.get("admin"), DemoStaff.SYSTEM_ADMIN, agencies, AgencyKind.MUNICIPAL_DEPARTMENT);
		assertAccount(byName.get("shiyakusho"), DemoStaff.MUNICIPAL_STAFF, agencies, AgencyKind.MUNICIPAL_DEPARTMENT);
		assertAccount(byName.get("kansa"), DemoStaff.AUDITOR, agencies, AgencyKind.MUNICIPAL_DEPARTMENT);
		assertAccount(byName.get("kyodo"), DemoStaff.COORDINATOR, agencies, AgencyKind.MULTI_AGENCY_COLLABORATION);
		assertAccount(byName.get("hokatsu"), DemoStaff.CASEWORKER, agencies,
				AgencyKind.COMMUNITY_GENERAL_SUPPORT_CENTER);
		assertThat(byName.get("hokatsu").agencyCode()).isEqualTo("hokatsu-kita");
		assertAccount(byName.get("kodomo"), DemoStaff.CASEWORKER, agencies, AgencyKind.CHILD_AND_FAMILY_CENTER);
		assertThat(TOWN.staff()).allSatisfy(s -> assertThat(agencies).containsKey(s.agencyCode()));
		for (DemoAgency hub : TOWN.agencies().stream().filter(a -> a.kind().consultationHub()).toList()) {
			assertThat(TOWN.staff()).filteredOn(s -> s.agencyCode().equals(hub.code()))
					.filteredOn(s -> s.role().equals(DemoStaff.CASEWORKER)).hasSizeBetween(1, 3);
		}
	}

	private static void assertAccount(DemoStaff staff, String role, Map<String, DemoAgency> agencies,
			AgencyKind kind) {
		assertThat(staff).isNotNull();
		assertThat(staff.role()).isEqualTo(role);
		assertThat(agencies.get(staff.agencyCode()).kind()).isEqualTo(kind);
	}

	@Test
	void householdsReferenceExistingPeopleExactlyOnce() {
		assertThat(TOWN.people()).extracting(DemoPerson::key).doesNotHaveDuplicates();
		assertThat(TOWN.households()).extracting(DemoHousehold::key).doesNotHaveDuplicates();
		List<String> referenced = TOWN.households().stream().flatMap(h -> h.members().stream())
				.map(DemoMember::personKey).toList();
		assertThat(referenced).doesNotHaveDuplicates().allSatisfy(key -> assertThat(PEOPLE).containsKey(key));
		assertThat(TOWN.people()).filteredOn(p -> !referenced.contains(p.key()))
				.allSatisfy(p -> assertThat(p.key()).endsWith("-dup"));
	}

	@Test
	void agesAndHistoryArePlausible() {
		assertPlausible(TOWN, TODAY);
		for (LocalDate today : List.of(LocalDate.of(2024, 2, 29), LocalDate.of(2031, 12, 31))) {
			LongStream.range(0, 25).forEach(seed -> assertPlausible(DemoTownGenerator.generate(seed, 60, today), today));
		}
	}

	private static void assertPlausible(DemoTown town, LocalDate today) {
		Map<String, DemoPerson> people = town.people().stream()
				.collect(Collectors.toMap(DemoPerson::key, Function.identity()));
		assertThat(town.people()).allSatisfy(p -> {
			assertThat(p.birthDate()).isBefore(today);
			assertThat(Period.between(p.birthDate(), today).getYears()).isBetween(0, 105);
		});
		for (DemoHousehold household : town.households()) {
			DemoPerson head = people.get(head(household).personKey());
			assertThat(Period.between(head.birthDate(), today).getYears()).as(household.key())
					.isGreaterThanOrEqualTo(18);
			for (DemoMember m : household.members()) {
				DemoPerson p = people.get(m.personKey());
				assertThat(m.joinedOn()).as(m.personKey()).isAfterOrEqualTo(p.birthDate()).isBeforeOrEqualTo(today);
				if (m.leftOn() != null) {
					assertThat(m.leftOn()).as(m.personKey()).isAfter(m.joinedOn()).isBeforeOrEqualTo(today);
				}
				int gap = Period.between(p.birthDate(), head.birthDate()).getYears();
				switch (m.relationship()) {
					case CHILD -> assertThat(gap).as(m.personKey()).isLessThanOrEqualTo(-18);
					case GRANDCHILD -> assertThat(gap).as(m.personKey()).isLessThanOrEqualTo(-36);
					case PARENT -> assertThat(gap).as(m.personKey()).isGreaterThanOrEqualTo(18);
					case SPOUSE, CHILD_IN_LAW -> assertThat(Period.between(p.birthDate(), m.joinedOn().plusDays(1))
							.getYears()).as(m.personKey()).isGreaterThanOrEqualTo(18);
					default -> {
					}
				}
			}
		}
	}

	@Test
	void everyHouseholdHasExactlyOneCurrentHead() {
		assertThat(TOWN.households()).allSatisfy(h -> {
			assertThat(h.currentMembers()).filteredOn(m -> m.relationship() == Relationship.HEAD).hasSize(1);
			assertThat(h.members().get(0).relationship()).isEqualTo(Relationship.HEAD);
		});
	}

	@Test
	void householdsMixCompositionsAndHistory() {
		List<DemoMember> members = TOWN.households().stream().flatMap(h -> h.members().stream()).toList();
		assertThat(members).extracting(DemoMember::relationship).contains(Relationship.HEAD, Relationship.SPOUSE,
				Relationship.CHILD, Relationship.PARENT, Relationship.GRANDCHILD, Relationship.CHILD_IN_LAW,
				Relationship.SIBLING);
		assertThat(members).filteredOn(m -> !m.current()).hasSizeGreaterThanOrEqualTo(10);
		assertThat(TOWN.households()).anySatisfy(h -> assertThat(h.currentMembers()).hasSize(1));
		assertThat(TOWN.households()).anySatisfy(h -> assertThat(h.currentMembers()).hasSizeGreaterThanOrEqualTo(5));
		assertThat(TOWN.households()).anySatisfy(h -> {
			DemoMember head = head(h);
			assertThat(h.members()).anySatisfy(m -> {
				assertThat(m.relationship()).isEqualTo(Relationship.SPOUSE);
				assertThat(m.joinedOn()).isAfter(head.joinedOn());
			});
		});
		assertThat(TOWN.households()).as("8050").anySatisfy(h -> {
			assertThat(age(PEOPLE.get(head(h).personKey()))).isGreaterThanOrEqualTo(78);
			assertThat(h.currentMembers()).anySatisfy(m -> {
				assertThat(m.relationship()).isEqualTo(Relationship.CHILD);
				assertThat(age(PEOPLE.get(m.personKey()))).isBetween(45, 62);
			});
		});
	}

	@Test
	void childrenShareTheFamilyName() {
		for (DemoHousehold household : TOWN.households()) {
			DemoPerson head = PEOPLE.get(head(household).personKey());
			List<DemoPerson> parentsOfGrandchildren = household.members().stream()
					.filter(m -> m.relationship() == Relationship.CHILD || m.relationship() == Relationship.CHILD_IN_LAW)
					.map(m -> PEOPLE.get(m.personKey())).toList();
			for (DemoMember m : household.members()) {
				DemoPerson p = PEOPLE.get(m.personKey());
				if (m.relationship() == Relationship.CHILD && age(p) < 18) {
					assertThat(p.familyName()).as(p.key()).isEqualTo(head.familyName());
				}
				if (m.relationship() == Relationship.GRANDCHILD) {
					assertThat(parentsOfGrandchildren).extracting(DemoPerson::familyName).contains(p.familyName());
				}
			}
		}
	}

	@Test
	void probableDuplicatesUseVariantGlyphs() {
		List<DemoPerson> duplicates = TOWN.people().stream().filter(p -> p.key().endsWith("-dup")).toList();
		assertThat(duplicates).extracting(DemoPerson::familyName).containsExactly("髙橋", "齋藤", "山﨑");
		Map<String, String> common = Map.of("髙橋", "高橋", "齋藤", "斎藤", "山﨑", "山崎");
		Set<String> inHouseholds = TOWN.households().stream().flatMap(h -> h.members().stream())
				.map(DemoMember::personKey).collect(Collectors.toSet());
		assertThat(duplicates).allSatisfy(dup -> {
			DemoPerson original = PEOPLE.get(dup.key().replace("-dup", ""));
			assertThat(original).isNotNull();
			assertThat(original.familyName()).isEqualTo(common.get(dup.familyName()));
			assertThat(dup.givenName()).isEqualTo(original.givenName());
			assertThat(dup.familyKana()).isEqualTo(original.familyKana());
			assertThat(dup.birthDate()).isEqualTo(original.birthDate());
			assertThat(dup.postalCode()).isEqualTo(original.postalCode());
			assertThat(dup.registeredByAgencyCode()).isNotEqualTo(original.registeredByAgencyCode());
			assertThat(inHouseholds).contains(original.key()).doesNotContain(dup.key());
		});
	}

	@Test
	void populationIsAFewHundredForTheDemoSize() {
		assertThat(TOWN.people()).hasSizeBetween(250, 450);
		LongStream.range(0, 30).forEach(seed -> assertThat(DemoTownGenerator.generate(seed, 120, TODAY).people())
				.as("seed %d", seed).hasSizeBetween(250, 450));
	}

	@Test
	void consultationAgenciesEachHaveACaseload() {
		assertCaseloads(TOWN);
		LongStream.range(0, 20).forEach(seed -> assertCaseloads(DemoTownGenerator.generate(seed, 10, TODAY)));
	}

	private static void assertCaseloads(DemoTown town) {
		Map<String, Long> caseload = town.people().stream()
				.collect(Collectors.groupingBy(DemoPerson::registeredByAgencyCode, Collectors.counting()));
		assertThat(town.agencies()).filteredOn(a -> a.kind().consultationHub())
				.allSatisfy(a -> assertThat(caseload.getOrDefault(a.code(), 0L)).as(a.code()).isPositive());
		assertThat(caseload.keySet()).allSatisfy(code -> assertThat(town.agencies()).extracting(DemoAgency::code)
				.contains(code));
	}

	@Test
	void namesAddressesAndPhonesAreWellFormed() {
		assertThat(JapaneseNames.FAMILY).hasSizeGreaterThanOrEqualTo(80);
		assertThat(JapaneseNames.allGiven(true)).hasSizeGreaterThanOrEqualTo(60);
		assertThat(JapaneseNames.allGiven(false)).hasSizeGreaterThanOrEqualTo(60);
		Map<String, String> postalByArea = TownArea.ALL.stream()
				.collect(Collectors.toMap(TownArea::name, TownArea::postalCode));
		assertThat(postalByArea).hasSizeGreaterThanOrEqualTo(8);
		assertThat(TOWN.people()).allSatisfy(p -> {
			assertThat(p.familyKana()).matches("[\\u30A1-\\u30FC]+");
			assertThat(p.givenKana()).matches("[\\u30A1-\\u30FC]+");
			assertThat(p.postalCode()).matches("139-00\\d\\d");
			assertThat(p.address()).startsWith("東京都かさね市");
			String rest = p.address().substring("東京都かさね市".length());
			String area = postalByArea.keySet().stream().filter(rest::startsWith).findFirst().orElseThrow();
			assertThat(p.postalCode()).isEqualTo(postalByArea.get(area));
			if (p.phone() != null) {
				assertThat(p.phone()).matches("(0[789]0-\\d{4}-\\d{4})|(03-\\d{4}-\\d{4})");
			}
			if (p.sex() != null) {
				assertThat(p.sex()).isIn("男性", "女性", "回答しない");
			}
		});
		assertThat(TOWN.people()).filteredOn(p -> p.safeContactNote() != null).isNotEmpty();
	}

	private static DemoMember head(DemoHousehold household) {
		return household.currentMembers().stream().filter(m -> m.relationship() == Relationship.HEAD).findFirst()
				.orElseThrow();
	}

	private static int age(DemoPerson person) {
		return Period.between(person.birthDate(), TODAY).getYears();
	}
}
