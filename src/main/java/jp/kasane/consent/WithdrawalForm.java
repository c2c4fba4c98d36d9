package jp.kasane.consent;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.kasane.shared.SafeText;

/** The person withdraws a consent (同意の撤回). */
public record WithdrawalForm(@NotNull(message = "撤回の日を入力してください") LocalDate withdrawnOn,
		@Size(max = 300, message = "理由は300文字以内です") @SafeText String reason) {
}
