package jp.kasane.meeting;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** REST API for conferences. */
@RestController
@RequestMapping("/api/v1/meetings")
@Tag(name = "meeting", description = "重層的支援会議・支援会議（法106条の6）・ケース会議：議題・開催・決定・守秘義務の誓約")
class MeetingApiController {

	private final MeetingManagement meetings;

	MeetingApiController(MeetingManagement meetings) {
		this.meetings = meetings;
	}

	@PostMapping
	@Operation(summary = "会議を予定する（市町村・多機関協働）")
	ResponseEntity<MeetingView> schedule(@Valid @RequestBody MeetingForms.Schedule form) {
		MeetingView view = meetings.schedule(form);
		return ResponseEntity.created(URI.create("/api/v1/meetings/" + view.id())).body(view);
	}

	@GetMapping("/community-issues")
	@Operation(summary = "会議で把握した地域課題（役割Cの議題の決定。支援会議のものは含まない）")
	java.util.List<CommunityIssue> communityIssues() {
		return meetings.communityIssues();
	}

	@GetMapping("/{id}")
	@Operation(summary = "会議の記録（支援会議は誓約した構成員だけ）")
	MeetingView view(@PathVariable UUID id) {
		return meetings.view(id);
	}

	@PostMapping("/{id}/agenda")
	@Operation(summary = "議題に人（と事例）を加える。重層的支援会議は本人同意が必要")
	MeetingView addAgendaItem(@PathVariable UUID id, @Valid @RequestBody MeetingForms.AgendaItem form) {
		return meetings.addAgendaItem(id, form);
	}

	@PostMapping("/{id}/hold")
	@Operation(summary = "開催を記録（出席機関・会議録）")
	MeetingView hold(@PathVariable UUID id, @Valid @RequestBody MeetingForms.Hold form) {
		return meetings.hold(id, form);
	}

	@PostMapping("/{id}/decisions")
	@Operation(summary = "議題についての決定を記録（プラン採用・再プラン・終結・中断など）")
	ResponseEntity<Map<String, UUID>> decide(@PathVariable UUID id, @Valid @RequestBody MeetingForms.Decision form) {
		return ResponseEntity.status(201).body(Map.of("id", meetings.decide(id, form)));
	}

	@PostMapping("/{id}/pledge")
	@Operation(summary = "支援会議の守秘義務の誓約に署名")
	MeetingView pledge(@PathVariable UUID id) {
		return meetings.signPledge(id);
	}
}
