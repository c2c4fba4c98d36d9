package jp.kasane.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.kasane.shared.SafeText;

/** The forms of the intake API and pages. */
public final class IntakeForms {

	private IntakeForms() {
	}

	public record NewConsultation(@NotNull(message = "相談日を入力してください") LocalDate receivedOn,
			@NotNull(message = "相談経路を選んでください") Channel channel,
			@NotNull(message = "相談者を選んでください") Consulter consulter, UUID household,
			@Size(max = 15, message = "課題は15個までです") List<String> tags,
			@Size(max = 4000, message = "相談内容は4000文字以内です") @SafeText String notes, Boolean sensitive,
			@NotNull(message = "受付時の対応を選んでください") Outcome outcome) {

		public NewConsultation {
			tags = tags == null ? List.of() : List.copyOf(tags);
			sensitive = Boolean.TRUE.equals(sensitive);
		}
	}

	public record NewReferral(@NotNull(message = "つなぎ先の機関を選んでください") UUID toAgency, UUID consultation,
			@Size(max = 2000, message = "依頼内容は2000文字以内です") @SafeText String note) {
	}

	public record ReferralAction(@NotNull(message = "版（version）が必要です") Integer version,
			@Size(max = 1000, message = "理由は1000文字以内です") @SafeText String reason) {
	}
}
