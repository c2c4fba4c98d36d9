package jp.kasane.network;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jp.kasane.shared.SafeText;

/** The forms of the network API and pages. */
public final class NetworkForms {

	private NetworkForms() {
	}

	// --- 法人間連携プラットフォーム (000)

	@Schema(name = "NetworkNewPlatform")
	public record NewPlatform(
			@NotBlank(message = "プラットフォームの名称を入力してください") @Size(max = 200, message = "名称は200文字以内です") @SafeText String name,
			@NotBlank(message = "実施主体を入力してください") @Size(max = 200, message = "実施主体は200文字以内です") @SafeText String implementingBody,
			@NotNull(message = "実施主体の種別を選んでください") ImplementingBody bodyKind,
			@NotBlank(message = "対象地域を入力してください") @Size(max = 200, message = "対象地域は200文字以内です") @SafeText String area,
			@NotNull(message = "設置日を入力してください") LocalDate startedOn) {
	}

	/** A participant: a corporation (小規模法人 or not) or a body outside welfare services. */
	@Schema(name = "NetworkNewParticipant")
	public record NewParticipant(
			@NotBlank(message = "法人・機関の名称を入力してください") @Size(max = 200, message = "名称は200文字以内です") @SafeText String name,
			@NotNull(message = "種別を選んでください") ParticipantKind kind, Boolean small,
			@NotNull(message = "参画日を入力してください") LocalDate joinedOn) {

		public NewParticipant {
			small = Boolean.TRUE.equals(small);
		}
	}

	/** Corrects a platform's name, implementing body, area or start, with the version the user saw. */
	@Schema(name = "NetworkEditPlatform")
	public record EditPlatform(
			@NotBlank(message = "プラットフォームの名称を入力してください") @Size(max = 200, message = "名称は200文字以内です") @SafeText String name,
			@NotBlank(message = "実施主体を入力してください") @Size(max = 200, message = "実施主体は200文字以内です") @SafeText String implementingBody,
			@NotNull(message = "実施主体の種別を選んでください") ImplementingBody bodyKind,
			@NotBlank(message = "対象地域を入力してください") @Size(max = 200, message = "対象地域は200文字以内です") @SafeText String area,
			@NotNull(message = "設置日を入力してください") LocalDate startedOn,
			@NotNull(message = "版（version）が必要です") Integer version) {
	}

	/** Corrects a participant (name, kind, 小規模法人 or not, joining day), with the version the user saw. */
	@Schema(name = "NetworkEditParticipant")
	public record EditParticipant(
			@NotBlank(message = "法人・機関の名称を入力してください") @Size(max = 200, message = "名称は200文字以内です") @SafeText String name,
			@NotNull(message = "種別を選んでください") ParticipantKind kind, Boolean small,
			@NotNull(message = "参画日を入力してください") LocalDate joinedOn,
			@NotNull(message = "版（version）が必要です") Integer version) {

		public EditParticipant {
			small = Boolean.TRUE.equals(small);
		}
	}

	/**
	 * A participant leaves the platform (no longer counted as 参画法人 from that day), or a council member
	 * leaves its council. The version is checked when given (the pages always give it).
	 */
	@Schema(name = "NetworkLeave")
	public record Leave(@NotNull(message = "脱退日を入力してください") LocalDate leftOn, Integer version) {
	}

	/**
	 * An activity of kind ア–カ. ア needs {@code stage}; イ needs {@code category} (its phase starts at 計画);
	 * ウ needs {@code workforceKind}, a 合同研修 may carry {@code registered}/{@code attended}, a 人事交流
	 * names the two corporations {@code leadId} and {@code partnerId}.
	 */
	@Schema(name = "NetworkNewActivity")
	public record NewActivity(@NotNull(message = "取組の種類を選んでください") ActivityKind kind,
			@NotBlank(message = "表題を入力してください") @Size(max = 200, message = "表題は200文字以内です") @SafeText String title,
			@NotNull(message = "日付を入力してください") LocalDate heldOn, DiscussionStage stage,
			CollaborationCategory category, WorkforceKind workforceKind, Boolean online,
			@PositiveOrZero(message = "申込者数は0以上で入力してください") Integer registered,
			@PositiveOrZero(message = "参加者数は0以上で入力してください") Integer attended, UUID leadId, UUID partnerId,
			@Size(max = 4000, message = "記録は4000文字以内です") @SafeText String notes) {

		public NewActivity {
			online = Boolean.TRUE.equals(online);
		}
	}

	/** Moves a 協働事業 to its next phase (計画 → 試行 → 検証), with the version the user saw. */
	@Schema(name = "NetworkPhaseChange")
	public record PhaseChange(@NotNull(message = "段階を選んでください") PilotPhase phase,
			@NotNull(message = "版（version）が必要です") Integer version,
			@Size(max = 4000, message = "記録は4000文字以内です") @SafeText String notes) {
	}

	/** One of the two corporations of a 人事交流 agrees to it. */
	@Schema(name = "NetworkAgreement")
	public record Agreement(@NotNull(message = "合意した法人を選んでください") UUID participant,
			@NotNull(message = "合意日を入力してください") LocalDate agreedOn) {
	}

	/** Applicants and offers of one corporation at a 合同面接会. */
	@Schema(name = "NetworkFairResultForm")
	public record FairResult(@NotNull(message = "法人を選んでください") UUID participant,
			@NotNull(message = "応募者数を入力してください") @PositiveOrZero(message = "応募者数は0以上で入力してください") Integer applicants,
			@NotNull(message = "内定者数を入力してください") @PositiveOrZero(message = "内定者数は0以上で入力してください") Integer offers) {
	}

	/** A fiscal year of the platform subsidy with the エ/オ add-ons used in it. */
	@Schema(name = "NetworkSubsidyYearForm")
	public record SubsidyYear(
			@NotNull(message = "年度を入力してください") @Min(value = 2018, message = "本事業は平成30年度（2018年度）からです") @Max(value = 2100, message = "年度が正しくありません") Integer fiscalYear,
			@NotNull(message = "補助額（千円）を入力してください") @PositiveOrZero(message = "補助額は0以上で入力してください") Integer amountThousandYen,
			Boolean backOfficeAddOn, Boolean ictAddOn,
			@Size(max = 1000, message = "備考は1000文字以内です") @SafeText String note) {

		public SubsidyYear {
			backOfficeAddOn = Boolean.TRUE.equals(backOfficeAddOn);
			ictAddOn = Boolean.TRUE.equals(ictAddOn);
		}
	}

	/** The platform became a 社会福祉連携推進法人 (設立支援 1,000千円以内, once). */
	@Schema(name = "NetworkConversion")
	public record Conversion(@NotNull(message = "設立日（認定日）を入力してください") LocalDate convertedOn,
			@NotBlank(message = "連携推進法人の名称を入力してください") @Size(max = 200, message = "名称は200文字以内です") @SafeText String renkeiName,
			@PositiveOrZero(message = "設立支援の額は0以上で入力してください") @Max(value = 1000, message = "設立支援は1,000千円以内です") Integer setupSupportThousandYen,
			@NotNull(message = "版（version）が必要です") Integer version) {
	}

	// --- 連絡会等 (004)

	@Schema(name = "NetworkNewCouncil")
	public record NewCouncil(
			@NotBlank(message = "連絡会の名称を入力してください") @Size(max = 200, message = "名称は200文字以内です") @SafeText String name,
			@NotNull(message = "区域を選んでください") CouncilLevel level,
			@NotBlank(message = "事務局を入力してください") @Size(max = 200, message = "事務局は200文字以内です") @SafeText String secretariat,
			LocalDate foundedOn,
			@Size(max = 2000, message = "目的は2000文字以内です") @SafeText String purpose) {
	}

	/** Corrects a council's name, level, secretariat, founding day or purpose, with the version the user saw. */
	@Schema(name = "NetworkEditCouncil")
	public record EditCouncil(
			@NotBlank(message = "連絡会の名称を入力してください") @Size(max = 200, message = "名称は200文字以内です") @SafeText String name,
			@NotNull(message = "区域を選んでください") CouncilLevel level,
			@NotBlank(message = "事務局を入力してください") @Size(max = 200, message = "事務局は200文字以内です") @SafeText String secretariat,
			LocalDate foundedOn,
			@Size(max = 2000, message = "目的は2000文字以内です") @SafeText String purpose,
			@NotNull(message = "版（version）が必要です") Integer version) {
	}

	/** Corrects a council member, with the version the user saw. */
	@Schema(name = "NetworkEditCouncilMember")
	public record EditCouncilMember(
			@NotBlank(message = "法人・施設の名称を入力してください") @Size(max = 200, message = "名称は200文字以内です") @SafeText String name,
			@NotNull(message = "種別を選んでください") CouncilMemberKind kind,
			@Size(max = 200, message = "運営法人は200文字以内です") @SafeText String corporation,
			@NotNull(message = "版（version）が必要です") Integer version) {
	}

	@Schema(name = "NetworkNewCouncilMember")
	public record NewCouncilMember(
			@NotBlank(message = "法人・施設の名称を入力してください") @Size(max = 200, message = "名称は200文字以内です") @SafeText String name,
			@NotNull(message = "種別を選んでください") CouncilMemberKind kind,
			@Size(max = 200, message = "運営法人は200文字以内です") @SafeText String corporation) {
	}

	@Schema(name = "NetworkNewMeeting")
	public record NewMeeting(@NotNull(message = "会議の種類を選んでください") NetworkMeetingKind kind,
			@NotNull(message = "開催日を入力してください") LocalDate heldOn,
			@NotBlank(message = "会議名・テーマを入力してください") @Size(max = 200, message = "テーマは200文字以内です") @SafeText String title,
			@NotNull(message = "参加者数を入力してください") @PositiveOrZero(message = "参加者数は0以上で入力してください") Integer participants,
			Set<PromotionTopic> topics,
			@Size(max = 4000, message = "記録は4000文字以内です") @SafeText String notes) {

		public NewMeeting {
			topics = topics == null ? Set.of() : Set.copyOf(topics);
		}
	}

	/**
	 * A 公益的な取組 (run by {@code member}, jointly with {@code partners} when given), a 災害時協定 (with
	 * {@code agreementKind}) or a 福祉教育・出前講座・職場体験 (with {@code educationKind}).
	 */
	@Schema(name = "NetworkNewCouncilActivity")
	public record NewCouncilActivity(@NotNull(message = "種類を選んでください") CouncilActivityKind kind,
			@NotBlank(message = "名称を入力してください") @Size(max = 200, message = "名称は200文字以内です") @SafeText String title,
			@NotNull(message = "担う会員を選んでください") UUID member, Set<UUID> partners, AgreementKind agreementKind,
			EducationKind educationKind, @NotNull(message = "日付を入力してください") LocalDate datedOn,
			@PositiveOrZero(message = "参加者数は0以上で入力してください") Integer participants,
			@Size(max = 4000, message = "記録は4000文字以内です") @SafeText String notes) {

		public NewCouncilActivity {
			partners = partners == null ? Set.of() : Set.copyOf(partners);
		}
	}

	// --- 地域力強化・相談支援包括化 (003)

	/** An area of 地域力強化推進事業 (小中学校区等). */
	@Schema(name = "NetworkNewArea")
	public record NewArea(
			@NotBlank(message = "地域の名称を入力してください") @Size(max = 100, message = "地域は100文字以内です") @SafeText String name,
			@Size(max = 200, message = "実施者は200文字以内です") @SafeText String operator,
			@Size(max = 200, message = "拠点は200文字以内です") @SafeText String hub) {
	}

	/** Corrects an area's name, operator or hub, with the version the user saw. */
	@Schema(name = "NetworkEditArea")
	public record EditArea(
			@NotBlank(message = "地域の名称を入力してください") @Size(max = 100, message = "地域は100文字以内です") @SafeText String name,
			@Size(max = 200, message = "実施者は200文字以内です") @SafeText String operator,
			@Size(max = 200, message = "拠点は200文字以内です") @SafeText String hub,
			@NotNull(message = "版（version）が必要です") Integer version) {
	}

	/** An area stops being an area of its year's 地域力強化推進事業 on {@code endedOn} (kept, marked ended). */
	@Schema(name = "NetworkAreaEnd")
	public record AreaEnd(@NotNull(message = "終了日を入力してください") LocalDate endedOn,
			@NotNull(message = "版（version）が必要です") Integer version) {
	}

	/**
	 * 地域力強化推進事業 of one fiscal year: the whole municipality or designated areas (then at least two,
	 * 003 2(5)ア).
	 */
	@Schema(name = "NetworkRegionalYearForm")
	public record RegionalYear(
			@NotNull(message = "年度を入力してください") @Min(value = 2016, message = "年度が正しくありません") @Max(value = 2100, message = "年度が正しくありません") Integer fiscalYear,
			@NotNull(message = "全域か一部の地域かを選んでください") Boolean wholeMunicipality,
			@NotNull(message = "実施地域を入力してください") @Size(max = 50, message = "地域は50まで登録できます") List<@Valid NewArea> areas) {
	}

	/** Changes whether the year covers the whole municipality, with the version the user saw. */
	@Schema(name = "NetworkCoverage")
	public record Coverage(@NotNull(message = "全域か一部の地域かを選んでください") Boolean wholeMunicipality,
			@NotNull(message = "版（version）が必要です") Integer version) {
	}

	@Schema(name = "NetworkNewPromoter")
	public record NewPromoter(
			@NotBlank(message = "氏名を入力してください") @Size(max = 100, message = "氏名は100文字以内です") @SafeText String name,
			@NotBlank(message = "資格・経験を入力してください") @Size(max = 200, message = "資格・経験は200文字以内です") @SafeText String qualification,
			@NotBlank(message = "配置先の機関を入力してください") @Size(max = 200, message = "配置先は200文字以内です") @SafeText String placedAt,
			@NotNull(message = "配置日を入力してください") LocalDate fromDate, LocalDate untilDate) {
	}

	/** Corrects a 相談支援包括化推進員 or ends the assignment ({@code untilDate}), with the version the user saw. */
	@Schema(name = "NetworkEditPromoter")
	public record EditPromoter(
			@NotBlank(message = "氏名を入力してください") @Size(max = 100, message = "氏名は100文字以内です") @SafeText String name,
			@NotBlank(message = "資格・経験を入力してください") @Size(max = 200, message = "資格・経験は200文字以内です") @SafeText String qualification,
			@NotBlank(message = "配置先の機関を入力してください") @Size(max = 200, message = "配置先は200文字以内です") @SafeText String placedAt,
			@NotNull(message = "配置日を入力してください") LocalDate fromDate, LocalDate untilDate,
			@NotNull(message = "版（version）が必要です") Integer version) {
	}

	/** A 成果目標, set (setOn, default today) before its fiscal year starts. */
	@Schema(name = "NetworkNewGoal")
	public record NewGoal(
			@NotNull(message = "年度を入力してください") @Min(value = 2016, message = "年度が正しくありません") @Max(value = 2100, message = "年度が正しくありません") Integer fiscalYear,
			@NotNull(message = "事業を選んでください") GoalProgram program,
			@NotBlank(message = "指標を入力してください") @Size(max = 200, message = "指標は200文字以内です") @SafeText String indicator,
			@NotNull(message = "目標値を入力してください") @PositiveOrZero(message = "目標値は0以上で入力してください") Integer targetValue,
			@NotBlank(message = "単位を入力してください") @Size(max = 20, message = "単位は20文字以内です") @SafeText String unit,
			LocalDate setOn) {
	}

	/** The 達成度合い of a goal, reported with the 実績報告 after the year. */
	@Schema(name = "NetworkAchievement")
	public record Achievement(
			@NotNull(message = "実績値を入力してください") @PositiveOrZero(message = "実績値は0以上で入力してください") Integer achievedValue,
			@Size(max = 2000, message = "達成度合いの説明は2000文字以内です") @SafeText String achievement,
			@NotNull(message = "報告日を入力してください") LocalDate reportedOn,
			@NotNull(message = "版（version）が必要です") Integer version) {
	}
}
