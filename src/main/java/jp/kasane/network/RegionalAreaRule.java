package jp.kasane.network;

import java.util.Optional;

/**
 * 地域力強化推進事業 may be run in designated areas instead of the whole municipality, but then in
 * more than one: 「実施地域を定めて実施することも可能とする。ただし、事業の効果的、効率的な観点から、
 * 複数地域で実施すること。」 (seed 003, 2(5)ア). A year covering the whole municipality needs no list.
 */
final class RegionalAreaRule {

	static final int MINIMUM_DESIGNATED_AREAS = 2;

	private RegionalAreaRule() {
	}

	static Optional<Refusal> refusal(boolean wholeMunicipality, int areas) {
		if (!wholeMunicipality && areas < MINIMUM_DESIGNATED_AREAS) {
			return Optional.of(Refusal.rule("REGIONAL_AREAS_TOO_FEW", "地域を定めて実施する場合は、複数の地域（2地域以上）で実施します"
					+ "（地域力強化推進事業 実施要領（案）2(5)ア）。現在 " + areas + " 地域です"));
		}
		return Optional.empty();
	}

	/** Ending one of {@code running} areas of a year run in designated areas may not leave fewer than two. */
	static Optional<Refusal> endRefusal(boolean wholeMunicipality, int running, String area) {
		if (!wholeMunicipality && running - 1 < MINIMUM_DESIGNATED_AREAS) {
			return Optional.of(Refusal.rule("REGIONAL_AREAS_TOO_FEW", "「" + area + "」を終了すると実施地域が " + (running - 1)
					+ " 地域になります。地域を定めて実施する場合は複数の地域（2地域以上）で実施します（地域力強化推進事業 実施要領（案）2(5)ア）。"
					+ "先に別の地域を加えるか、市全域の実施に変えてください"));
		}
		return Optional.empty();
	}
}
