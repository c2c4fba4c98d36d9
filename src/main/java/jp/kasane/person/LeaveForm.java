package jp.kasane.person;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.kasane.shared.SafeText;

/** A member leaves the household (転出, 死亡, 施設入所 …); the membership stays in the history. */
public record LeaveForm(@NotNull(message = "世帯を離れた日を入力してください") LocalDate leftOn,
		@Size(max = 100, message = "理由は100文字以内で入力してください") @SafeText String reason) {
}
