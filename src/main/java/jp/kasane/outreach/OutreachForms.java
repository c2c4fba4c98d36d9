package jp.kasane.outreach;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.kasane.person.PersonForm;
import jp.kasane.shared.SafeText;

/** The forms of the outreach API and pages. */
public final class OutreachForms {

	private OutreachForms() {
	}

	/**
	 * A person to reach: either one the agency already registered ({@code person}) or a new registration
	 * ({@code newPerson}, registered for the agency like any other), with how they became known.
	 */
	public record NewOutreach(UUID person, @Valid PersonForm newPerson,
			@NotNull(message = "情報源を選んでください") Source source,
			@Size(max = 200, message = "情報提供者は200文字以内です") @SafeText String sourceDetail,
			@NotNull(message = "把握した日を入力してください") LocalDate knownOn,
			@Size(max = 4000, message = "把握した情報は4000文字以内です") @SafeText String note,
			LocalDate nextContactOn) {
	}

	/** One attempt to reach the person (働きかけ) and what came of it. */
	@io.swagger.v3.oas.annotations.media.Schema(name = "OutreachAttempt")
	public record Attempt(@NotNull(message = "働きかけの日を入力してください") LocalDate attemptedOn,
			@NotNull(message = "方法を選んでください") ContactMethod method, Boolean contactMade,
			@NotBlank(message = "結果を入力してください") @Size(max = 2000, message = "結果は2000文字以内です") @SafeText String result,
			LocalDate nextContactOn) {

		public Attempt {
			contactMade = Boolean.TRUE.equals(contactMade);
		}
	}

	/** Information gathered (情報収集), dated. */
	@io.swagger.v3.oas.annotations.media.Schema(name = "OutreachNote")
	public record Note(@NotNull(message = "記録の日を入力してください") LocalDate notedOn,
			@NotBlank(message = "内容を入力してください") @Size(max = 4000, message = "内容は4000文字以内です") @SafeText String text) {
	}

	/**
	 * A change of the relationship stage, with its reason and the day it happened ({@code changedOn}, today
	 * when left out); {@code version} is the record the user saw.
	 */
	@io.swagger.v3.oas.annotations.media.Schema(name = "OutreachStageChange")
	public record StageChange(@NotNull(message = "版（version）が必要です") Integer version,
			@NotNull(message = "段階を選んでください") Stage stage,
			@NotBlank(message = "段階を変える理由を入力してください") @Size(max = 1000, message = "理由は1000文字以内です") @SafeText String reason,
			LocalDate changedOn, LocalDate nextContactOn) {
	}

	/** The planned next contact (次回の働きかけの予定). */
	public record Plan(@NotNull(message = "版（version）が必要です") Integer version, LocalDate nextContactOn) {
	}

	/**
	 * つなぎ to 多機関協働: without {@code caseId} the person is referred to a new case; with it, an existing
	 * case of the person is linked. An アウトリーチ 支援決定 of that case may be linked too.
	 */
	public record CaseLink(@NotNull(message = "版（version）が必要です") Integer version, UUID caseId, UUID supportDecision,
			@Size(max = 2000, message = "紹介の内容は2000文字以内です") @SafeText String note) {
	}

	/** Closing the outreach (転居, 支援へ移行 …) with its reason. */
	public record Close(@NotNull(message = "版（version）が必要です") Integer version,
			@NotNull(message = "終了の理由を選んでください") CloseReason reason,
			@Size(max = 1000, message = "補足は1000文字以内です") @SafeText String note) {
	}
}
