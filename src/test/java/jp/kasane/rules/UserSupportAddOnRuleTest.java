package jp.kasane.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import jp.kasane.rules.UserSupportAddOnRule.AddOnAnswer;
import jp.kasane.rules.UserSupportAddOnRule.AddOnQuery;
import jp.kasane.shared.InvalidField;
import org.junit.jupiter.api.Test;

/** 利用者支援事業の夜間加算・休日加算・機能強化 at each edge of ④オ and ④キ. */
class UserSupportAddOnRuleTest {

	private final UserSupportAddOnRule rule = new UserSupportAddOnRule(ChildCareRuleOptions.defaults());

	/** Meets 夜間, not 休日, and 機能強化: 8 h a day, 5 days, 3 evenings of 2 h, 1,200 consultations in 240 days. */
	private static AddOnQuery base() {
		return new AddOnQuery(true, new BigDecimal("8"), 5, 3, new BigDecimal("2"), false, false, 1_200, 240, 2, true, true);
	}

	private static AddOnQuery with(Boolean emergency, String hours, int days, int eveningDays, String eveningHours,
			boolean weekend, boolean outreach, int consultations, int openingDays, int staff) {
		return new AddOnQuery(emergency, new BigDecimal(hours), days, eveningDays, new BigDecimal(eveningHours), weekend,
				outreach, consultations, openingDays, staff, true, true);
	}

	@Test
	void theBaseCaseMeetsNightAndReinforcementButNotHoliday() {
		AddOnAnswer answer = rule.evaluate(base());
		assertThat(answer.night()).isTrue();
		assertThat(answer.holiday()).isFalse();
		assertThat(answer.reinforcement()).isTrue();
		assertThat(answer.averageConsultationsPerDay()).isEqualByComparingTo("5.00");
		assertThat(answer.reasons()).anyMatch(r -> r.startsWith("夜間加算の対象です"))
			.anyMatch(r -> r.startsWith("休日加算の対象ではありません") && r.contains("週5日") == false && r.contains("土曜日"))
			.anyMatch(r -> r.contains("原則として"))
			.anyMatch(r -> r.contains("申請時の見込み"));
		assertThat(answer.sources()).extracting(RuleSource::section).containsExactly("4(1)④オ(ア)・(イ)", "4(1)④カ", "4(1)④キ");
	}

	@Test
	void nightNeedsMoreThanSixHoursADay() {
		assertThat(rule.evaluate(with(true, "6", 5, 3, "2", false, false, 1_200, 240, 2)).night()).as("exactly 6 h").isFalse();
		assertThat(rule.evaluate(with(true, "6.5", 5, 3, "2", false, false, 1_200, 240, 2)).night()).isTrue();
		assertThat(rule.evaluate(with(true, "6", 5, 3, "2", false, false, 1_200, 240, 2)).reasons())
			.anyMatch(r -> r.contains("ちょうど6時間は「超えて」に当たりません"));
	}

	@Test
	void nightNeedsThreeEveningsOfTwoHoursAfterSix() {
		assertThat(rule.evaluate(with(true, "8", 5, 2, "2", false, false, 1_200, 240, 2)).night()).isFalse();
		assertThat(rule.evaluate(with(true, "8", 5, 3, "1.5", false, false, 1_200, 240, 2)).night()).isFalse();
		assertThat(rule.evaluate(with(true, "8", 5, 3, "2", false, false, 1_200, 240, 2)).night()).isTrue();
	}

	@Test
	void holidayNeedsFourDaysAndAWeekendOrHolidayOpening() {
		assertThat(rule.evaluate(with(true, "5", 3, 0, "0", true, false, 0, 0, 0)).holiday()).isFalse();
		assertThat(rule.evaluate(with(true, "5", 4, 0, "0", true, false, 0, 0, 0)).holiday()).isTrue();
		assertThat(rule.evaluate(with(true, "5", 7, 0, "0", false, false, 0, 0, 0)).holiday()).isFalse();
	}

	@Test
	void withoutTheEmergencyMeasuresThereIsNoAddOn() {
		AddOnAnswer answer = rule.evaluate(with(false, "8", 6, 3, "2", true, true, 2_000, 240, 3));
		assertThat(answer.night()).isFalse();
		assertThat(answer.holiday()).isFalse();
		assertThat(answer.reinforcement()).isFalse();
		assertThat(answer.reasons()).anyMatch(r -> r.contains("緊急対策") && r.contains("対象外"));
	}

	@Test
	void reinforcementNeedsAnAverageOfFiveConsultationsPerOpeningDay() {
		assertThat(rule.evaluate(with(true, "8", 5, 3, "2", false, false, 1_199, 240, 2)).reinforcement()).isFalse();
		assertThat(rule.evaluate(with(true, "8", 5, 3, "2", false, false, 1_200, 240, 2)).reinforcement()).isTrue();
		AddOnAnswer noDays = rule.evaluate(with(true, "8", 5, 3, "2", false, false, 10, 0, 2));
		assertThat(noDays.reinforcement()).isFalse();
		assertThat(noDays.averageConsultationsPerDay()).isNull();
		assertThat(noDays.reasons()).anyMatch(r -> r.contains("算出できません"));
	}

	@Test
	void reinforcementNeedsTwoDedicatedStaffAndOneOfNightHolidayOrOutreach() {
		assertThat(rule.evaluate(with(true, "8", 5, 3, "2", false, false, 1_200, 240, 1)).reinforcement()).isFalse();
		// neither night nor holiday: only with outreach
		assertThat(rule.evaluate(with(true, "5", 3, 0, "0", false, false, 1_200, 240, 2)).reinforcement()).isFalse();
		AddOnAnswer outreach = rule.evaluate(with(true, "5", 3, 0, "0", false, true, 1_200, 240, 2));
		assertThat(outreach.reinforcement()).isTrue();
		assertThat(outreach.reasons()).anyMatch(r -> r.contains("出張相談支援は、③イの専任職員に加えて"));
		AddOnAnswer noPlan = rule.evaluate(new AddOnQuery(true, new BigDecimal("8"), 5, 3, new BigDecimal("2"), false, false,
				1_200, 240, 2, false, true));
		assertThat(noPlan.reinforcement()).isFalse();
		assertThat(noPlan.reasons()).anyMatch(r -> r.contains("事業計画書"));
		assertThat(rule.evaluate(new AddOnQuery(true, new BigDecimal("8"), 5, 3, new BigDecimal("2"), false, false, 1_200, 240,
				2, true, false)).reinforcement()).isFalse();
	}

	@Test
	void inconsistentNumbersNameTheirField() {
		assertThatThrownBy(() -> rule.evaluate(with(true, "8", 2, 3, "2", false, false, 0, 0, 0)))
			.isInstanceOf(InvalidField.class).extracting(e -> ((InvalidField) e).field()).isEqualTo("eveningDaysPerWeek");
		assertThatThrownBy(() -> rule.evaluate(with(true, "1", 5, 3, "2", false, false, 0, 0, 0)))
			.isInstanceOf(InvalidField.class).extracting(e -> ((InvalidField) e).field()).isEqualTo("eveningHoursAfter18");
	}
}
