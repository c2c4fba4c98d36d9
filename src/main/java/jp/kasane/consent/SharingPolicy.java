package jp.kasane.consent;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jp.kasane.shared.AgencyId;

/**
 * May the person's information go to this agency for this purpose? Only a consent in force whose
 * scope names both does it (別添3 3(2)イ, 別記1の4 4(1)エ). Sharing without consent at a 支援会議
 * (社会福祉法106条の6) is decided by the meeting module, not here.
 */
final class SharingPolicy {

	private SharingPolicy() {
	}

	static SharingDecision decide(List<Consent> consents, AgencyId recipient, ConsentPurpose purpose, LocalDate today) {
		if (consents.isEmpty()) {
			return new SharingDecision.Denied("本人の同意が記録されていません");
		}
		Optional<Consent> covering = consents.stream()
			.filter(c -> c.inForceOn(today) && c.agencies().contains(recipient) && c.purposes().contains(purpose))
			.max(Comparator.comparing(Consent::obtainedOn));
		if (covering.isPresent()) {
			Consent c = covering.get();
			return new SharingDecision.Allowed("本人同意（" + c.method().label() + "、" + c.obtainedOn() + "取得）", c.id());
		}
		return new SharingDecision.Denied(whyNot(consents, recipient, purpose, today));
	}

	static SharingDecision decideConference(List<Consent> consents, LocalDate today) {
		return consents.stream()
			.filter(c -> c.inForceOn(today) && c.coversConference())
			.max(Comparator.comparing(Consent::obtainedOn))
			.<SharingDecision>map(c -> new SharingDecision.Allowed("重層的支援会議での検討に本人同意あり（" + c.obtainedOn() + "）", c.id()))
			.orElseGet(() -> new SharingDecision.Denied(
					"重層的支援会議で検討することへの本人同意がありません。同意がない場合は支援会議（社会福祉法106条の6）で検討します"));
	}

	private static String whyNot(List<Consent> consents, AgencyId recipient, ConsentPurpose purpose, LocalDate today) {
		List<Consent> scoped = consents.stream()
			.filter(c -> c.agencies().contains(recipient) && c.purposes().contains(purpose))
			.toList();
		if (scoped.isEmpty()) {
			boolean agencyNamed = consents.stream().anyMatch(c -> c.agencies().contains(recipient));
			return agencyNamed ? "同意の目的に「" + purpose.label() + "」が含まれていません" : "同意の範囲に共有先の機関が含まれていません";
		}
		if (scoped.stream().allMatch(Consent::withdrawn)) {
			return "同意は撤回されています";
		}
		if (scoped.stream().anyMatch(c -> c.obtainedOn().isAfter(today))) {
			return "同意の取得日がまだ来ていません";
		}
		return "同意の有効期限が切れています";
	}
}
