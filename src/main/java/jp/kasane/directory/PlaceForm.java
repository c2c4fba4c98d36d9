package jp.kasane.directory;

import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jp.kasane.shared.SafeText;

/**
 * A place as the maintainers enter it. {@code areas} are area names (北小学校区); {@code schedules} are
 * HSDS-like rules ({@code freq} WEEKLY/MONTHLY, {@code byday} {@code MO,WE,FR} or {@code 2TU},
 * {@code opensAt}/{@code closesAt} {@code 09:00}). {@code version} is required to change a place.
 */
public record PlaceForm(
		@NotBlank(message = "名称を入力してください") @Size(max = 100, message = "名称は100文字以内です") @SafeText String name,
		@NotNull(message = "種類を選んでください") PlaceKind kind,
		@NotBlank(message = "運営者を入力してください") @Size(max = 100, message = "運営者は100文字以内です") @SafeText String operatorName,
		@Size(max = 2000, message = "説明は2000文字以内です") @SafeText String description,
		@NotEmpty(message = "対象を1つ以上選んでください") Set<Target> targets,
		@Size(max = 10, message = "地域は10個までです") List<@NotBlank(message = "地域の名前が空です") @SafeText String> areas,
		@Size(max = 20, message = "予定は20個までです") List<@Valid @NotNull(message = "予定が空です") ScheduleForm> schedules,
		@Pattern(regexp = "^$|^\\d{3}-?\\d{4}$", message = "郵便番号は「123-4567」の形で入力してください") String postalCode,
		@Size(max = 200, message = "所在地は200文字以内です") @SafeText String address,
		Boolean confidential,
		@Positive(message = "定員は1以上の数で入力してください") @Max(value = 100000, message = "定員が大きすぎます") Integer capacity,
		@Size(max = 200, message = "費用は200文字以内です") @SafeText String cost,
		@Size(max = 500, message = "バリアフリー・配慮は500文字以内です") @SafeText String accessibility,
		@Pattern(regexp = "^$|^[0-9+()\\- ]{6,20}$", message = "電話番号は半角の数字とハイフンで入力してください") String phone,
		@Email(message = "メールアドレスの形が正しくありません") @Size(max = 200, message = "メールアドレスは200文字以内です") String email,
		@Pattern(regexp = "^$|^https?://[^\\s<>\"]+$", message = "URLは http:// または https:// で始めてください")
		@Size(max = 300, message = "URLは300文字以内です") String url,
		Integer version) {

	public PlaceForm {
		areas = areas == null ? List.of() : List.copyOf(areas);
		schedules = schedules == null ? List.of() : schedules;
		targets = targets == null ? Set.of() : targets;
		confidential = Boolean.TRUE.equals(confidential);
	}

	/** One rule as HSDS {@code schedule} writes it. */
	public record ScheduleForm(@NotNull(message = "繰り返し（WEEKLY か MONTHLY）を指定してください") Frequency freq,
			@NotBlank(message = "曜日（byday、例 MO,WE,FR や 2TU）を指定してください") @Size(max = 100, message = "曜日が長すぎます") String byday,
			@NotBlank(message = "開始時刻（例 09:00）を指定してください") @Size(max = 8, message = "開始時刻は 09:00 の形です") String opensAt,
			@NotBlank(message = "終了時刻（例 17:00）を指定してください") @Size(max = 8, message = "終了時刻は 17:00 の形です") String closesAt) {

		static ScheduleForm of(OpeningRule rule) {
			return new ScheduleForm(rule.freq(), rule.byday(), rule.opensAt().toString(), rule.closesAt().toString());
		}

		OpeningRule rule() {
			return OpeningRule.fromHsds(null, freq.name(), byday, opensAt, closesAt);
		}
	}
}
