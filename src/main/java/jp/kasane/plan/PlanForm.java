package jp.kasane.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.kasane.shared.SafeText;

/** A plan draft as the coordinator writes it; {@code rowVersion} guards against lost updates. */
public record PlanForm(
		@NotBlank(message = "本人の目標を入力してください") @Size(max = 2000, message = "本人の目標は2000文字以内です") @SafeText String personGoals,
		@NotBlank(message = "支援の方針を入力してください") @Size(max = 4000, message = "支援の方針は4000文字以内です") @SafeText String policy,
		@Size(max = 24, message = "モニタリング日は24回までです") List<LocalDate> monitoringDates,
		@NotEmpty(message = "役割を担う機関を1つ以上入れてください") List<@Valid RoleForm> roles,
		Integer rowVersion) {

	public PlanForm {
		monitoringDates = monitoringDates == null ? List.of() : monitoringDates.stream().sorted().distinct().toList();
	}

	public record RoleForm(@NotNull(message = "機関を選んでください") UUID agency,
			@NotBlank(message = "役割を入力してください") @Size(max = 200, message = "役割は200文字以内です") @SafeText String role,
			@Size(max = 1000, message = "取組は1000文字以内です") @SafeText String tasks) {
	}
}
