package jp.kasane.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.kasane.shared.SafeText;

/** A new area: 「北小学校区」 of level ELEMENTARY_SCHOOL, JUNIOR_HIGH_SCHOOL or DAILY_LIFE. */
public record AreaForm(
		@NotBlank(message = "地域の名前を入力してください") @Size(max = 50, message = "地域の名前は50文字以内です") @SafeText String name,
		@NotNull(message = "地域の種類（小学校区・中学校区・日常生活圏域）を選んでください") AreaLevel level) {
}
