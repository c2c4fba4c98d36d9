package jp.kasane.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kasane.outreach.StagePolicy.Decision;
import jp.kasane.outreach.StagePolicy.Facts;
import org.junit.jupiter.api.Test;

/** The relationship stage moves only with what each stage means on record; moving back is allowed and flagged. */
class StagePolicyTest {

	private static final Facts KNOWN_ONLY = new Facts(Stage.KNOWN, false, false, false, false);

	@Test
	void contactStagesNeedARecordedContact() {
		assertThat(code(StagePolicy.decide(KNOWN_ONLY, Stage.CONTACTED))).isEqualTo("CONTACT_REQUIRED");
		assertThat(code(StagePolicy.decide(KNOWN_ONLY, Stage.RELATIONSHIP))).isEqualTo("CONTACT_REQUIRED");
		Facts contacted = new Facts(Stage.KNOWN, false, true, false, false);
		assertThat(StagePolicy.decide(contacted, Stage.CONTACTED)).isEqualTo(new Decision.Allowed(false));
		assertThat(StagePolicy.decide(contacted, Stage.RELATIONSHIP)).as("forward over a stage").isEqualTo(new Decision.Allowed(false));
	}

	@Test
	void consultingNeedsConsentAndSupportNeedsConsentAndACase() {
		Facts relationship = new Facts(Stage.RELATIONSHIP, false, true, false, false);
		assertThat(code(StagePolicy.decide(relationship, Stage.CONSULTING))).isEqualTo("CONSENT_REQUIRED");
		assertThat(code(StagePolicy.decide(relationship, Stage.SUPPORT))).isEqualTo("CONSENT_REQUIRED");
		Facts consented = new Facts(Stage.RELATIONSHIP, false, true, true, false);
		assertThat(StagePolicy.decide(consented, Stage.CONSULTING)).isEqualTo(new Decision.Allowed(false));
		assertThat(code(StagePolicy.decide(consented, Stage.SUPPORT))).isEqualTo("CASE_REQUIRED");
		Facts withCase = new Facts(Stage.CONSULTING, false, true, true, true);
		assertThat(StagePolicy.decide(withCase, Stage.SUPPORT)).isEqualTo(new Decision.Allowed(false));
	}

	@Test
	void movingBackIsAllowedAndFlagged() {
		Facts relationship = new Facts(Stage.RELATIONSHIP, false, true, false, false);
		assertThat(StagePolicy.decide(relationship, Stage.CONTACTED)).isEqualTo(new Decision.Allowed(true));
		assertThat(StagePolicy.decide(relationship, Stage.KNOWN)).isEqualTo(new Decision.Allowed(true));
		Facts support = new Facts(Stage.SUPPORT, false, true, true, true);
		assertThat(StagePolicy.decide(support, Stage.CONSULTING)).isEqualTo(new Decision.Allowed(true));
	}

	@Test
	void theSameStageOrAClosedRecordDoesNotMove() {
		assertThat(code(StagePolicy.decide(KNOWN_ONLY, Stage.KNOWN))).isEqualTo("STAGE_UNCHANGED");
		Facts closed = new Facts(Stage.RELATIONSHIP, true, true, true, true);
		assertThat(code(StagePolicy.decide(closed, Stage.CONTACTED))).isEqualTo("OUTREACH_CLOSED");
		assertThat(((Decision.Denied) StagePolicy.decide(closed, Stage.CONTACTED)).reason()).contains("終了");
	}

	private static String code(Decision decision) {
		return decision instanceof Decision.Denied denied ? denied.code() : "ALLOWED";
	}
}
