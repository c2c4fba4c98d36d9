package jp.kasane.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jp.kasane.casework.CaseManagement;
import jp.kasane.casework.DecisionType;
import jp.kasane.organization.Agency;
import jp.kasane.organization.OrganizationManagement;
import jp.kasane.person.Person;
import jp.kasane.person.PersonManagement;
import jp.kasane.shared.AccessRefused;
import jp.kasane.shared.InvalidField;
import jp.kasane.shared.PersonId;
import jp.kasane.shared.RuleViolation;
import jp.kasane.shared.SafeTextValidator;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages for conferences: the list, scheduling, the pledge, agenda, holding and decisions. */
@Controller
class MeetingPageController {

	private final MeetingManagement meetings;
	private final OrganizationManagement organization;
	private final PersonManagement people;
	private final CaseManagement cases;
	private final Clock clock;

	MeetingPageController(MeetingManagement meetings, OrganizationManagement organization, PersonManagement people,
			CaseManagement cases, Clock clock) {
		this.meetings = meetings;
		this.organization = organization;
		this.people = people;
		this.cases = cases;
		this.clock = clock;
	}

	@GetMapping("/meetings")
	String list(Model model) {
		model.addAttribute("meetings", meetings.mine());
		model.addAttribute("kinds", MeetingKind.values());
		model.addAttribute("agencies", organization.agencies().stream().filter(Agency::active).toList());
		model.addAttribute("now", LocalDateTime.now(clock).withSecond(0).withNano(0));
		return "meeting/meetings";
	}

	@PostMapping("/meetings")
	String schedule(@RequestParam(required = false) MeetingKind kind, @RequestParam(required = false) String title,
			@RequestParam(required = false) LocalDateTime scheduledAt, @RequestParam(required = false) Boolean online,
			@RequestParam(required = false) Boolean regular, @RequestParam(required = false) Set<UUID> invitedAgencies,
			@RequestParam(required = false) String reusedBody, @RequestParam(required = false) String timeSplit,
			RedirectAttributes flash) {
		try {
			if (kind == null || title == null || title.isBlank() || scheduledAt == null || invitedAgencies == null) {
				throw new InvalidField("meeting", "種類・会議名・日時・招集する機関を入力してください");
			}
			safe(title, reusedBody, timeSplit);
			MeetingView view = meetings.schedule(new MeetingForms.Schedule(kind, title, scheduledAt, regular, online,
					invitedAgencies, reusedBody, timeSplit));
			flash.addFlashAttribute("flash", "会議を予定しました");
			return "redirect:/meetings/" + view.id();
		}
		catch (InvalidField | RuleViolation ex) {
			flash.addFlashAttribute("meetingError", ex.getMessage());
			return "redirect:/meetings";
		}
	}

	@GetMapping("/meetings/{id}")
	String show(@PathVariable UUID id, @RequestParam(defaultValue = "") String q, Model model) {
		if (meetings.pledgeNeeded(id)) {
			model.addAttribute("meetingId", id);
			return "meeting/pledge";
		}
		MeetingView view = meetings.view(id);
		model.addAttribute("m", view);
		Map<UUID, String> names = organization.agencies().stream().collect(Collectors.toMap(a -> a.id().value(), Agency::name));
		model.addAttribute("agencyNames", names);
		model.addAttribute("agendaNames", meetings.agendaNames(id));
		model.addAttribute("types", DecisionType.values());
		model.addAttribute("roles", AgendaRole.values());
		model.addAttribute("agencies", organization.agencies().stream().filter(Agency::active).toList());
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("q", q);
		if (!q.isBlank()) {
			List<Person> found = people.search(q.length() > 60 ? q.substring(0, 60) : q);
			model.addAttribute("candidates", found);
			model.addAttribute("candidateCases", found.stream().collect(Collectors.toMap(p -> p.id().value(),
					p -> cases.casesOf(p.id()).stream().map(cases::view).toList(), (a, b) -> a)));
		}
		return "meeting/meeting";
	}

	@PostMapping("/meetings/{id}/pledge")
	String pledge(@PathVariable UUID id, RedirectAttributes flash) {
		meetings.signPledge(id);
		flash.addFlashAttribute("flash", "守秘義務の誓約に署名しました");
		return "redirect:/meetings/" + id;
	}

	@PostMapping("/meetings/{id}/agenda")
	String agenda(@PathVariable UUID id, @RequestParam(required = false) UUID person, @RequestParam(required = false) UUID caseId,
			@RequestParam(required = false) AgendaRole role, @RequestParam(required = false) String note, RedirectAttributes flash) {
		return act(id, flash, "議題に加えました", () -> {
			if (person == null || role == null) {
				throw new InvalidField("agenda", "人と検討の役割を選んでください");
			}
			safe(note);
			meetings.addAgendaItem(id, new MeetingForms.AgendaItem(person, caseId, role, note));
		});
	}

	@PostMapping("/meetings/{id}/hold")
	String hold(@PathVariable UUID id, @RequestParam(required = false) LocalDate heldOn,
			@RequestParam(required = false) Set<UUID> attendedAgencies, @RequestParam(required = false) String minutes,
			@RequestParam(required = false) String attendees, RedirectAttributes flash) {
		return act(id, flash, "開催を記録しました", () -> {
			if (heldOn == null || attendedAgencies == null || attendedAgencies.isEmpty()) {
				throw new InvalidField("hold", "開催日と出席した機関を入力してください");
			}
			safe(minutes, attendees);
			meetings.hold(id, new MeetingForms.Hold(heldOn, attendedAgencies, minutes, attendees));
		});
	}

	@PostMapping("/meetings/{id}/decisions")
	String decide(@PathVariable UUID id, @RequestParam(required = false) UUID agendaItem,
			@RequestParam(required = false) DecisionType type, @RequestParam(required = false) String text,
			RedirectAttributes flash) {
		return act(id, flash, "決定を記録しました", () -> {
			if (agendaItem == null || text == null || text.isBlank()) {
				throw new InvalidField("decision", "議題と決定の内容を入力してください");
			}
			safe(text);
			meetings.decide(id, new MeetingForms.Decision(agendaItem, type, text));
		});
	}

	private String act(UUID id, RedirectAttributes flash, String done, Runnable action) {
		try {
			action.run();
			flash.addFlashAttribute("flash", done);
		}
		catch (InvalidField | RuleViolation | AccessRefused ex) {
			flash.addFlashAttribute("meetingError", ex.getMessage());
		}
		catch (OptimisticLockingFailureException ex) {
			flash.addFlashAttribute("meetingError", "他の人が先に更新しました。最新の状態を確認してください");
		}
		return "redirect:/meetings/" + id;
	}

	private static void safe(String... texts) {
		for (String text : texts) {
			if (text != null && (text.length() > 20000 || !SafeTextValidator.isSafe(text))) {
				throw new InvalidField("text", "HTMLタグなどを含めずに入力してください");
			}
		}
	}
}
