package jp.kasane.person;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** Adds an existing person to a household. */
public record MemberForm(@NotNull(message = "世帯員にする人を選んでください") UUID person,
		@NotNull(message = "続柄を選んでください") Relationship relationship,
		@NotNull(message = "世帯に加わった日を入力してください") LocalDate joinedOn) {
}
