package jp.kasane.housing;

import java.util.List;
import java.util.UUID;

/**
 * The 居住継続支援 elements of a case that the user may see, and whether the function may be used in
 * the municipality now ({@code prerequisites}); records made earlier stay readable.
 */
public record CaseHousing(UUID caseId, String caseState, HousingPrerequisitePolicy.Decision prerequisites,
		List<HousingSupport> supports) {
}
