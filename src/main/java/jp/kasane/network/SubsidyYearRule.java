package jp.kasane.network;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

import jp.kasane.shared.FiscalYear;

/**
 * What may be recorded as a year of the platform subsidy (000 4(2)): each fiscal year once; the エ and オ
 * add-ons 「１のプラットフォームにつき１回に限り」; no year after the fiscal year in which the platform became
 * a 社会福祉連携推進法人 (「（２）の事業の対象とはならない」, 000 3(2)ア). More than two years (原則２か年) are
 * recorded but flagged, because the seed allows exceptions without naming them.
 */
final class SubsidyYearRule {

	private SubsidyYearRule() {
	}

	record Recorded(int fiscalYear, boolean backOfficeAddOn, boolean ictAddOn) {
	}

	static Optional<Refusal> refusal(NetworkForms.SubsidyYear form, Collection<Recorded> recorded, LocalDate convertedOn) {
		if (convertedOn != null && form.fiscalYear() > FiscalYear.of(convertedOn).year()) {
			return Optional.of(Refusal.rule("PLATFORM_CONVERTED", "このプラットフォームは" + convertedOn
					+ "に社会福祉連携推進法人へ移行したため、" + new FiscalYear(form.fiscalYear()).label()
					+ "のプラットフォーム設置運営事業の補助は受けられません（000 3(2)ア）"));
		}
		if (recorded.stream().anyMatch(r -> r.fiscalYear() == form.fiscalYear())) {
			return Optional.of(Refusal.rule("SUBSIDY_YEAR_EXISTS", new FiscalYear(form.fiscalYear()).label() + "の補助はすでに記録されています"));
		}
		if (form.backOfficeAddOn() && recorded.stream().anyMatch(Recorded::backOfficeAddOn)) {
			return Optional.of(Refusal.rule("ADD_ON_ONCE", "エ（事務処理部門の集約・共同化）の加算は１のプラットフォームにつき１回に限ります（000 4(2)）"));
		}
		if (form.ictAddOn() && recorded.stream().anyMatch(Recorded::ictAddOn)) {
			return Optional.of(Refusal.rule("ADD_ON_ONCE", "オ（ＩＣＴ技術の導入支援）の加算は１のプラットフォームにつき１回に限ります（000 4(2)）"));
		}
		return Optional.empty();
	}

	/** A conversion may not leave subsidy years recorded after it, and 設立支援 is given once only. */
	static Optional<Refusal> conversionRefusal(LocalDate convertedOn, LocalDate alreadyConvertedOn,
			Collection<Recorded> recorded, LocalDate today) {
		if (alreadyConvertedOn != null) {
			return Optional.of(Refusal.rule("ALREADY_CONVERTED", "このプラットフォームは" + alreadyConvertedOn
					+ "に連携推進法人へ移行済みです。設立支援は１の連携推進法人につき１回に限ります（000 4(1)）"));
		}
		if (convertedOn.isAfter(today)) {
			return Optional.of(Refusal.field("convertedOn", "設立日に未来の日付は入力できません"));
		}
		int last = FiscalYear.of(convertedOn).year();
		if (recorded.stream().anyMatch(r -> r.fiscalYear() > last)) {
			return Optional.of(Refusal.field("convertedOn", "移行後の年度に補助が記録されています。移行日を確かめてください"));
		}
		return Optional.empty();
	}
}
