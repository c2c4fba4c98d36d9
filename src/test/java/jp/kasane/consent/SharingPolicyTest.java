package jp.kasane.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jp.kasane.shared.AgencyId;
import jp.kasane.shared.PersonId;
import jp.kasane.shared.UserId;
import org.junit.jupiter.api.Test;

/** mayShare's rule, at the edges of a consent's scope and validity. */
class SharingPolicyTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
	static final AgencyId HOKATSU = AgencyId.random();
	static final AgencyId KODOMO = AgencyId.random();

	@Test
	void noConsentMeansNoSharing() {
		assertThat(SharingPolicy.decide(List.of(), HOKATSU, ConsentPurpose.REFERRAL, TODAY).reason()).contains("記録されていません");
	}

	@Test
	void aConsentInForceCoveringAgencyAndPurposeAllowsIt() {
		SharingDecision decision = SharingPolicy.decide(List.of(consent(TODAY, null, null)), HOKATSU, ConsentPurpose.REFERRAL, TODAY);
		assertThat(decision).isInstanceOf(SharingDecision.Allowed.class);
		assertThat(decision.reason()).contains("書面");
	}

	@Test
	void anotherAgencyOrPurposeIsOutsideTheScope() {
		assertThat(SharingPolicy.decide(List.of(consent(TODAY, null, null)), KODOMO, ConsentPurpose.REFERRAL, TODAY).reason())
			.contains("機関が含まれていません");
		assertThat(SharingPolicy.decide(List.of(consent(TODAY, null, null)), HOKATSU, ConsentPurpose.OUTREACH, TODAY).reason())
			.contains("目的");
	}

	@Test
	void validityIsInclusiveOfItsLastDay() {
		assertThat(SharingPolicy.decide(List.of(consent(TODAY.minusYears(1), TODAY, null)), HOKATSU, ConsentPurpose.REFERRAL, TODAY)
			.allowed()).isTrue();
		SharingDecision expired = SharingPolicy.decide(List.of(consent(TODAY.minusYears(1), TODAY.minusDays(1), null)), HOKATSU,
				ConsentPurpose.REFERRAL, TODAY);
		assertThat(expired.allowed()).isFalse();
		assertThat(expired.reason()).contains("有効期限");
	}

	@Test
	void withdrawalStopsSharingFromTheDayItIsRecorded() {
		SharingDecision withdrawn = SharingPolicy.decide(List.of(consent(TODAY.minusDays(10), null, TODAY)), HOKATSU,
				ConsentPurpose.REFERRAL, TODAY);
		assertThat(withdrawn.allowed()).isFalse();
		assertThat(withdrawn.reason()).contains("撤回");
	}

	@Test
	void aNewerConsentAfterAWithdrawalAllowsItAgain() {
		List<Consent> consents = List.of(consent(TODAY.minusDays(10), null, TODAY.minusDays(5)), consent(TODAY.minusDays(1), null, null));
		assertThat(SharingPolicy.decide(consents, HOKATSU, ConsentPurpose.REFERRAL, TODAY).allowed()).isTrue();
	}

	@Test
	void theConferenceNeedsItsOwnConsentOtherwiseItIsASupportConference() {
		assertThat(SharingPolicy.decideConference(List.of(consent(TODAY, null, null)), TODAY).reason()).contains("106条の6");
		Consent covering = new Consent(UUID.randomUUID(), PersonId.random(), Set.of(ConsentPurpose.REFERRAL), Set.of(HOKATSU), true,
				ConsentMethod.ORAL, UserId.random(), "担当", HOKATSU, TODAY, null, null, null, null);
		assertThat(SharingPolicy.decideConference(List.of(covering), TODAY).allowed()).isTrue();
	}

	private static Consent consent(LocalDate obtained, LocalDate validUntil, LocalDate withdrawn) {
		return new Consent(UUID.randomUUID(), PersonId.random(), Set.of(ConsentPurpose.REFERRAL, ConsentPurpose.INFORMATION_SHARING),
				Set.of(HOKATSU), false, ConsentMethod.WRITTEN, UserId.random(), "担当", HOKATSU, obtained, validUntil, null,
				withdrawn, withdrawn == null ? null : "本人の申し出");
	}
}
