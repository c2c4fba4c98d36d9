package jp.kasane.demo;

import java.util.List;
import java.util.Objects;

/**
 * A complete fictional municipality (市町村) for demos: agencies, accounts, residents and households.
 *
 * @param municipalityName name, 「かさね市」
 * @param municipalityCode 全国地方公共団体コード with check digit
 * @param prefectureName   都道府県名
 * @param agencies         支援関係機関
 * @param staff            職員アカウント
 * @param people           residents; households first, then the probable duplicates ({@code "-dup"})
 * @param households       世帯
 */
public record DemoTown(String municipalityName, String municipalityCode, String prefectureName,
		List<DemoAgency> agencies, List<DemoStaff> staff, List<DemoPerson> people, List<DemoHousehold> households) {

	public DemoTown {
		Objects.requireNonNull(municipalityName, "municipalityName");
		Objects.requireNonNull(municipalityCode, "municipalityCode");
		Objects.requireNonNull(prefectureName, "prefectureName");
		agencies = List.copyOf(agencies);
		staff = List.copyOf(staff);
		people = List.copyOf(people);
		households = List.copyOf(households);
	}
}
