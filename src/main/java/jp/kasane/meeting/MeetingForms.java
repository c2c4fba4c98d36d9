package jp.kasane.meeting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.kasane.casework.DecisionType;
import jp.kasane.shared.SafeText;

/** The forms of the meeting API. */
public final class MeetingForms {

	private MeetingForms() {
	}

	public record Schedule(@NotNull(message = "会議の種類を選んでください") MeetingKind kind,
			@NotBlank(message = "会議名を入力してください") @Size(max = 100, message = "会議名は100文字以内です") @SafeText String title,
			@NotNull(message = "日時を入力してください") LocalDateTime scheduledAt, Boolean regular, Boolean online,
			@NotEmpty(message = "招集する機関を1つ以上選んでください") Set<UUID> invitedAgencies,
			@Size(max = 100) @SafeText String reusedBody, @Size(max = 200) @SafeText String timeSplit) {

		public Schedule {
			regular = Boolean.TRUE.equals(regular);
			online = Boolean.TRUE.equals(online);
		}
	}

	public record AgendaItem(@NotNull(message = "検討する人を選んでください") UUID person, UUID caseId,
			@NotNull(message = "検討の役割（A/B/C）を選んでください") AgendaRole role,
			@Size(max = 1000) @SafeText String note) {
	}

	public record Hold(@NotNull(message = "開催日を入力してください") LocalDate heldOn,
			@NotEmpty(message = "出席した機関を1つ以上選んでください") Set<UUID> attendedAgencies,
			@Size(max = 20000, message = "会議録は20000文字以内です") @SafeText String minutes,
			@Size(max = 500, message = "出席者は500文字以内です") @SafeText String attendees) {
	}

	@io.swagger.v3.oas.annotations.media.Schema(name = "MeetingDecisionForm")
	public record Decision(@NotNull(message = "議題を選んでください") UUID agendaItem, DecisionType type,
			@NotBlank(message = "決定の内容を入力してください") @Size(max = 2000) @SafeText String text) {
	}
}
