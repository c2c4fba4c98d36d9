package jp.kasane.housing;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jp.kasane.shared.RuleViolation;

/**
 * 居住継続支援の前提 (別添5 4(2)): 「①に掲げる居住支援に係る基本的な取組を全て実施した上で」. A
 * municipality may use 居住継続支援 only when all five prerequisite measures are done; otherwise the
 * answer names every missing one.
 */
public final class HousingPrerequisitePolicy {

	/** Problem code of the refusal (422). */
	public static final String CODE = "HOUSING_PREREQUISITES_INCOMPLETE";

	/** Whether 居住継続支援 may be used, the measures still missing, and the reason in Japanese. */
	@io.swagger.v3.oas.annotations.media.Schema(name = "HousingPrerequisiteDecision")
	public record Decision(boolean allowed, List<PrerequisiteMeasure> missing, String reason) {

		public Decision {
			missing = List.copyOf(missing);
		}
	}

	private HousingPrerequisitePolicy() {
	}

	public static Decision check(Set<PrerequisiteMeasure> done) {
		List<PrerequisiteMeasure> missing = Arrays.stream(PrerequisiteMeasure.values()).filter(m -> !done.contains(m)).toList();
		if (missing.isEmpty()) {
			return new Decision(true, missing,
					"居住支援に係る基本的な取組（別添5 4(2)①）5項目がすべて実施済みのため、居住継続支援を利用できます");
		}
		return new Decision(false, missing, "居住継続支援は、居住支援に係る基本的な取組（別添5 4(2)①）5項目をすべて実施した上で利用できます（実施済み "
				+ (PrerequisiteMeasure.values().length - missing.size()) + "/5）。未実施："
				+ missing.stream().map(PrerequisiteMeasure::numbered).collect(Collectors.joining("、")));
	}

	/** Refuses with {@link #CODE} unless all five measures are done. */
	public static void require(Set<PrerequisiteMeasure> done) {
		Decision decision = check(done);
		if (!decision.allowed()) {
			throw new RuleViolation(CODE, decision.reason());
		}
	}
}
