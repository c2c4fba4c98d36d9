package jp.kasane.casework;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.kasane.shared.SafeText;

/** The forms of the case API and pages. */
public final class CaseForms {

	private CaseForms() {
	}

	/** 紹介（つなぎ）to 多機関協働: the people of the household the referrer asks help for. */
	@io.swagger.v3.oas.annotations.media.Schema(name = "CaseReferral")
	public record Referral(@NotEmpty(message = "対象の人を1人以上選んでください") Set<UUID> people, UUID household,
			@Size(max = 2000, message = "紹介の内容は2000文字以内です") @SafeText String note) {
	}

	/** A state change; {@code version} is the case version the user saw (a newer one is a conflict). */
	public record Transition(@NotNull(message = "事例の版（version）が必要です") Integer version, UUID decisionId,
			UUID leadAgency, @Size(max = 2000, message = "記録は2000文字以内です") @SafeText String note) {
	}

	/** An attempt to reach the person (訪問, 手紙, 電話, 周囲からの情報収集 …) and what came of it. */
	public record ContactAttempt(@NotNull(message = "日付を入力してください") LocalDate attemptedOn,
			@NotBlank(message = "方法を入力してください") @Size(max = 40, message = "方法は40文字以内です") @SafeText String method,
			@NotBlank(message = "結果を入力してください") @Size(max = 1000, message = "結果は1000文字以内です") @SafeText String result) {
	}

	/** 支援決定 by the municipality, with reference to the conference decision where there is one. */
	@io.swagger.v3.oas.annotations.media.Schema(name = "CaseSupportDecisionForm")
	public record Decision(@NotNull(message = "事業を選んでください") SupportDecision.Program program, UUID conferenceDecision,
			@NotBlank(message = "決定の理由を入力してください") @Size(max = 1000, message = "理由は1000文字以内です") @SafeText String reason) {
	}
}
