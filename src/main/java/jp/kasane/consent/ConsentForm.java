package jp.kasane.consent;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.kasane.shared.SafeText;

/** A consent as recorded by the worker who obtained it. */
public record ConsentForm(
		@NotEmpty(message = "同意の目的を1つ以上選んでください") Set<ConsentPurpose> purposes,
		@NotEmpty(message = "共有先の機関を1つ以上選んでください") Set<UUID> agencies,
		Boolean coversConference,
		@NotNull(message = "取得方法（書面・口頭）を選んでください") ConsentMethod method,
		@NotBlank(message = "同意を得た職員の氏名を入力してください") @Size(max = 60, message = "氏名は60文字以内です") @SafeText String obtainedByName,
		@NotNull(message = "同意を得た日を入力してください") LocalDate obtainedOn,
		LocalDate validUntil,
		@Size(max = 500, message = "備考は500文字以内です") @SafeText String note) {

	/** An unticked checkbox or a missing JSON flag means false. */
	public ConsentForm {
		coversConference = Boolean.TRUE.equals(coversConference);
	}
}
