package jp.kasane.participation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.kasane.shared.SafeText;

/** The forms of the participation API and pages. */
public final class ParticipationForms {

	private ParticipationForms() {
	}

	/** A host organisation (受け入れ先); {@code version} is required when changing one. */
	public record HostForm(@NotBlank(message = "受け入れ先の名称を入力してください") @Size(max = 200, message = "名称は200文字以内です") @SafeText String name,
			@NotNull(message = "受け入れ先の種別を選んでください") HostKind kind,
			@Size(max = 100, message = "担当者は100文字以内です") @SafeText String contactName,
			@Size(max = 40, message = "電話番号は40文字以内です") @SafeText String phone,
			@NotBlank(message = "地域（日常生活圏域など）を入力してください") @Size(max = 100, message = "地域は100文字以内です") @SafeText String area,
			@Size(max = 300, message = "所在地は300文字以内です") @SafeText String address,
			@Size(max = 2000, message = "備考は2000文字以内です") @SafeText String notes, Integer version) {
	}

	/**
	 * A menu a host offers: the tasks carved out (業務の切り出し), conditions, weekdays and hours, area,
	 * capacity and what it suits; {@code placeId} optionally names a place of the directory.
	 */
	public record MenuForm(@NotNull(message = "メニューの種類を選んでください") MenuKind kind,
			@NotBlank(message = "メニューの名前を入力してください") @Size(max = 200, message = "名前は200文字以内です") @SafeText String title,
			@NotBlank(message = "切り出した業務の内容を入力してください") @Size(max = 2000, message = "業務の内容は2000文字以内です") @SafeText String tasks,
			@Size(max = 2000, message = "条件は2000文字以内です") @SafeText String conditions, Boolean shortHours, Boolean transport,
			Boolean remote, @NotEmpty(message = "受け入れる曜日を1つ以上選んでください") Set<DayOfWeek> days,
			@Size(max = 40, message = "時間帯は40文字以内です") @SafeText String hours,
			@NotBlank(message = "地域（日常生活圏域など）を入力してください") @Size(max = 100, message = "地域は100文字以内です") @SafeText String area,
			@NotNull(message = "定員を入力してください") @Min(value = 1, message = "定員は1人以上です") @Max(value = 100, message = "定員は100人までです") Integer capacity,
			@Size(max = 16, message = "合うニーズは16個までです") Set<Interest> interests, UUID placeId, Boolean active, Integer version) {

		public MenuForm {
			interests = interests == null ? Set.of() : Set.copyOf(interests);
			shortHours = Boolean.TRUE.equals(shortHours);
			transport = Boolean.TRUE.equals(transport);
			remote = Boolean.TRUE.equals(remote);
			active = active == null || active;
		}
	}

	/**
	 * The person's needs and wishes as the worker heard them: interests, the area they live in, the
	 * other areas they can reach, the weekdays they can come, and whether they need short hours or
	 * transport (送迎).
	 */
	public record NeedsForm(@Size(max = 16, message = "希望は16個までです") Set<Interest> interests,
			@NotBlank(message = "本人の住む地域（日常生活圏域など）を入力してください") @Size(max = 100, message = "地域は100文字以内です") @SafeText String area,
			@Size(max = 10, message = "通える地域は10個までです") List<@Size(max = 100, message = "地域は100文字以内です") @SafeText String> reachableAreas,
			@NotEmpty(message = "通える曜日を1つ以上選んでください") Set<DayOfWeek> days, Boolean shortHours, Boolean transport,
			@Size(max = 2000, message = "メモは2000文字以内です") @SafeText String notes) {

		public NeedsForm {
			interests = interests == null ? Set.of() : Set.copyOf(interests);
			reachableAreas = reachableAreas == null ? List.of()
					: reachableAreas.stream().filter(a -> a != null && !a.isBlank()).map(String::strip).distinct().toList();
			shortHours = Boolean.TRUE.equals(shortHours);
			transport = Boolean.TRUE.equals(transport);
		}
	}

	/** The worker's choice of a menu (提案), with the planned start date. */
	public record PlacementForm(@NotNull(message = "メニューを選んでください") UUID menuId,
			@NotNull(message = "開始日を入力してください") LocalDate startOn) {
	}

	/** A move to 体験, 利用中 or 定着 on a date; {@code version} is the placement version the user saw. */
	@io.swagger.v3.oas.annotations.media.Schema(name = "PlacementStatusChange")
	public record StatusChange(@NotNull(message = "状況を選んでください") PlacementStatus status,
			@NotNull(message = "日付を入力してください") LocalDate on, @NotNull(message = "版（version）が必要です") Integer version) {
	}

	/** What came of a follow-up (定着支援・つながり続ける). */
	public record FollowUpRecord(@NotNull(message = "実施日を入力してください") LocalDate doneOn,
			@NotNull(message = "誰と話したかを選んでください") WithWhom withWhom,
			@NotBlank(message = "記録の内容を入力してください") @Size(max = 2000, message = "記録は2000文字以内です") @SafeText String notes) {
	}

	/** 謝礼 (実費相当) paid to the host of a placement for a period. */
	public record HonorariumForm(@NotNull(message = "金額を入力してください") @Min(value = 1, message = "金額は1円以上です") @Max(value = 1_000_000, message = "金額は100万円までです") Integer amountYen,
			@NotNull(message = "期間の初日を入力してください") LocalDate periodFrom,
			@NotNull(message = "期間の末日を入力してください") LocalDate periodTo,
			@NotBlank(message = "謝礼の根拠（実費の内訳）を入力してください") @Size(max = 1000, message = "根拠は1000文字以内です") @SafeText String basis) {
	}

	/** 終了 of a placement with its reason; a つながり続ける schedule follows. */
	public record EndForm(@NotNull(message = "終了日を入力してください") LocalDate endedOn,
			@NotBlank(message = "終了の理由を入力してください") @Size(max = 1000, message = "理由は1000文字以内です") @SafeText String reason,
			@NotNull(message = "版（version）が必要です") Integer version) {
	}
}
