package jp.kasane.participation;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jp.kasane.person.Person;
import jp.kasane.person.PersonManagement;
import jp.kasane.plan.PlanManagement;
import jp.kasane.plan.SupportPlan;
import jp.kasane.shared.InvalidField;
import jp.kasane.shared.NotFoundException;
import jp.kasane.shared.PersonId;
import jp.kasane.shared.RuleViolation;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages of 参加支援: hosts and menus with the people in participation and due follow-ups, one host,
 * and one person's needs, ranked proposals, placements, follow-ups, 謝礼 and ending. A form that
 * cannot be accepted comes back with the Japanese message beside its field.
 */
@Controller
class ParticipationPageController {

	private static final Map<DayOfWeek, String> WEEKDAYS = new LinkedHashMap<>();

	static {
		for (DayOfWeek day : DayOfWeek.values()) {
			WEEKDAYS.put(day, Weekdays.label(day));
		}
	}

	private final ParticipationManagement participation;
	private final PersonManagement people;
	private final PlanManagement plans;
	private final Validator validator;
	private final Clock clock;

	ParticipationPageController(ParticipationManagement participation, PersonManagement people, PlanManagement plans,
			Validator validator, Clock clock) {
		this.participation = participation;
		this.people = people;
		this.plans = plans;
		this.validator = validator;
		this.clock = clock;
	}

	@GetMapping("/participation")
	String index(@RequestParam(required = false) String q, Model model) {
		model.addAttribute("hosts", participation.hosts());
		model.addAttribute("maintainer", participation.mayMaintainHosts());
		boolean staff = participation.mayWorkOnPeople();
		model.addAttribute("staff", staff);
		if (staff) {
			List<DueFollowUp> due = participation.dueFollowUps(7);
			List<Placement> open = participation.openPlacements();
			Map<UUID, String> names = new LinkedHashMap<>();
			due.forEach(d -> names.computeIfAbsent(d.personId(), this::name));
			open.forEach(p -> names.computeIfAbsent(p.personId(), this::name));
			model.addAttribute("due", due);
			model.addAttribute("open", open);
			model.addAttribute("names", names);
			model.addAttribute("q", q == null ? "" : q);
			model.addAttribute("found", q == null || q.isBlank() ? List.of() : people.search(q));
		}
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("hostKinds", HostKind.values());
		return "participation/index";
	}

	@PostMapping("/participation/hosts")
	String createHost(@RequestParam Map<String, String> in, RedirectAttributes flash) {
		ParticipationForms.HostForm form = new ParticipationForms.HostForm(in.get("name"), hostKind(in.get("kind")),
				in.get("contactName"), in.get("phone"), in.get("area"), in.get("address"), in.get("notes"), null);
		return act(flash, "host", "/participation", () -> {
			validate(form);
			Host host = participation.createHost(form);
			flash.addFlashAttribute("flash", "受け入れ先「" + host.name() + "」を登録しました");
			return "/participation/hosts/" + host.id();
		});
	}

	@GetMapping("/participation/hosts/{id}")
	String host(@PathVariable UUID id, Model model) {
		model.addAttribute("host", participation.host(id));
		model.addAttribute("maintainer", participation.mayMaintainHosts());
		model.addAttribute("menuKinds", MenuKind.values());
		model.addAttribute("hostKinds", HostKind.values());
		model.addAttribute("weekdays", WEEKDAYS);
		model.addAttribute("interests", Interest.values());
		return "participation/host";
	}

	@PostMapping("/participation/hosts/{id}/menus")
	String addMenu(@PathVariable UUID id, @RequestParam Map<String, String> in,
			@RequestParam(required = false) List<String> days, @RequestParam(required = false) List<String> interests,
			RedirectAttributes flash) {
		return act(flash, "menu", "/participation/hosts/" + id, () -> {
			ParticipationForms.MenuForm form = new ParticipationForms.MenuForm(menuKind(in.get("kind")), in.get("title"),
					in.get("tasks"), in.get("conditions"), checked(in, "shortHours"), checked(in, "transport"),
					checked(in, "remote"), days(days), in.get("hours"), in.get("area"), number(in.get("capacity"), "capacity"),
					interests(interests), null, true, null);
			validate(form);
			Menu menu = participation.addMenu(id, form);
			flash.addFlashAttribute("flash", "メニュー「" + menu.title() + "」を追加しました");
			return "/participation/hosts/" + id;
		});
	}

	@PostMapping("/participation/hosts/{id}")
	String updateHost(@PathVariable UUID id, @RequestParam Map<String, String> in, RedirectAttributes flash) {
		return act(flash, "host-edit", "/participation/hosts/" + id, () -> {
			ParticipationForms.HostForm form = new ParticipationForms.HostForm(in.get("name"), hostKind(in.get("kind")),
					in.get("contactName"), in.get("phone"), in.get("area"), in.get("address"), in.get("notes"),
					number(in.get("version"), "version"));
			validate(form);
			Host host = participation.updateHost(id, form);
			flash.addFlashAttribute("flash", "受け入れ先「" + host.name() + "」を更新しました");
			return "/participation/hosts/" + id;
		});
	}

	@PostMapping("/participation/menus/{id}")
	String updateMenu(@PathVariable UUID id, @RequestParam Map<String, String> in,
			@RequestParam(required = false) List<String> days, @RequestParam(required = false) List<String> interests,
			RedirectAttributes flash) {
		Menu before = participation.menu(id);
		String back = "/participation/hosts/" + before.hostId();
		return act(flash, "menu-" + id, back, () -> {
			ParticipationForms.MenuForm form = new ParticipationForms.MenuForm(menuKind(in.get("kind")), in.get("title"),
					in.get("tasks"), in.get("conditions"), checked(in, "shortHours"), checked(in, "transport"),
					checked(in, "remote"), days(days), in.get("hours"), in.get("area"), number(in.get("capacity"), "capacity"),
					interests(interests), before.placeId(), checked(in, "active"), number(in.get("version"), "version"));
			validate(form);
			Menu menu = participation.updateMenu(id, form);
			flash.addFlashAttribute("flash", "メニュー「" + menu.title() + "」を更新しました" + (menu.active() ? "" : "（休止中）"));
			return back + "#menu-" + id;
		});
	}

	@GetMapping("/participation/people/{personId}")
	String person(@PathVariable String personId, Model model) {
		PersonId person = PersonId.of(personId);
		ParticipationManagement.PersonParticipation p = participation.of(person);
		model.addAttribute("person", people.get(person));
		model.addAttribute("p", p);
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("weekdays", WEEKDAYS);
		model.addAttribute("interests", Interest.values());
		model.addAttribute("withWhom", WithWhom.values());
		model.addAttribute("areas", participation.hosts().stream().flatMap(h -> h.menus().stream()).map(Menu::area)
			.distinct().sorted().toList());
		String planGoals = p.decision().flatMap(d -> plans.plansOf(d.caseId()).stream()
			.max(java.util.Comparator.comparingInt(SupportPlan::versionNo))).map(SupportPlan::personGoals).orElse(null);
		model.addAttribute("planGoals", planGoals);
		// Before any wishes are recorded, the form starts from those the plan names.
		model.addAttribute("suggested", p.needs().isPresent() ? Set.of() : PlanWishes.suggest(planGoals));
		return "participation/person";
	}

	@PostMapping("/participation/people/{personId}/needs")
	String needs(@PathVariable String personId, @RequestParam Map<String, String> in,
			@RequestParam(required = false) List<String> days, @RequestParam(required = false) List<String> interests,
			RedirectAttributes flash) {
		PersonId person = PersonId.of(personId);
		return act(flash, "needs", "/participation/people/" + person, () -> {
			String reachable = in.getOrDefault("reachableAreas", "");
			ParticipationForms.NeedsForm form = new ParticipationForms.NeedsForm(interests(interests), in.get("area"),
					Arrays.stream(reachable.split("[,、，\\s]+")).toList(), days(days), checked(in, "shortHours"),
					checked(in, "transport"), in.get("notes"));
			validate(form);
			participation.saveNeeds(person, form);
			flash.addFlashAttribute("flash", "本人の希望を記録しました。合うメニューを順に示します");
			return "/participation/people/" + person + "#proposals";
		});
	}

	@PostMapping("/participation/people/{personId}/placements")
	String place(@PathVariable String personId, @RequestParam Map<String, String> in, RedirectAttributes flash) {
		PersonId person = PersonId.of(personId);
		return act(flash, "place-" + in.getOrDefault("menuId", ""), "/participation/people/" + person, () -> {
			ParticipationForms.PlacementForm form = new ParticipationForms.PlacementForm(uuid(in.get("menuId"), "menuId"),
					date(in.get("startOn"), "startOn"));
			validate(form);
			Placement placement = participation.place(person, form);
			flash.addFlashAttribute("flash", "「" + placement.menuTitle() + "」を提案しました（開始予定 " + placement.startOn() + "）");
			return "/participation/people/" + person + "#placements";
		});
	}

	@PostMapping("/participation/placements/{id}/status")
	String status(@PathVariable UUID id, @RequestParam Map<String, String> in, RedirectAttributes flash) {
		return placementAction(id, "status-" + id, flash, () -> {
			ParticipationForms.StatusChange form = new ParticipationForms.StatusChange(status(in.get("status")),
					date(in.get("on"), "on"), number(in.get("version"), "version"));
			validate(form);
			Placement p = participation.changeStatus(id, form);
			flash.addFlashAttribute("flash", "「" + p.menuTitle() + "」を「" + p.statusLabel() + "」にしました"
					+ (p.status() == PlacementStatus.ACTIVE ? "。定着支援の予定を作成しました" : ""));
			return p;
		});
	}

	@PostMapping("/participation/follow-ups/{id}")
	String followUp(@PathVariable UUID id, @RequestParam Map<String, String> in, RedirectAttributes flash) {
		UUID placement = uuid(in.get("placementId"), "placementId");
		return placementAction(placement, "follow-up-" + placement, flash, () -> {
			ParticipationForms.FollowUpRecord form = new ParticipationForms.FollowUpRecord(date(in.get("doneOn"), "doneOn"),
					withWhom(in.get("withWhom")), in.get("notes"));
			validate(form);
			Placement p = participation.recordFollowUp(id, form);
			flash.addFlashAttribute("flash", "フォローアップを記録しました");
			return p;
		});
	}

	@PostMapping("/participation/placements/{id}/honoraria")
	String honorarium(@PathVariable UUID id, @RequestParam Map<String, String> in, RedirectAttributes flash) {
		return placementAction(id, "honorarium-" + id, flash, () -> {
			ParticipationForms.HonorariumForm form = new ParticipationForms.HonorariumForm(number(in.get("amountYen"), "amountYen"),
					date(in.get("periodFrom"), "periodFrom"), date(in.get("periodTo"), "periodTo"), in.get("basis"));
			validate(form);
			Placement p = participation.recordHonorarium(id, form);
			flash.addFlashAttribute("flash", "「" + p.hostName() + "」への謝礼（実費相当）を記録しました");
			return p;
		});
	}

	@PostMapping("/participation/placements/{id}/end")
	String end(@PathVariable UUID id, @RequestParam Map<String, String> in, RedirectAttributes flash) {
		return placementAction(id, "end-" + id, flash, () -> {
			ParticipationForms.EndForm form = new ParticipationForms.EndForm(date(in.get("endedOn"), "endedOn"), in.get("reason"),
					number(in.get("version"), "version"));
			validate(form);
			Placement p = participation.end(id, form);
			long keep = p.followUps().stream().filter(f -> f.kind() == FollowUpKind.KEEP_IN_TOUCH).count();
			flash.addFlashAttribute("flash", "「" + p.menuTitle() + "」の受け入れを終了しました"
					+ (keep > 0 ? "。つながり続けるための連絡の予定（" + keep + "回）を作成しました" : ""));
			return p;
		});
	}

	// --- helpers ---------------------------------------------------------------------------------

	private String placementAction(UUID placementId, String formKey, RedirectAttributes flash, Supplier<Placement> action) {
		Placement before;
		try {
			before = participation.placement(placementId);
		}
		catch (NotFoundException ex) {
			throw ex;
		}
		String back = "/participation/people/" + before.personId() + "#placement-" + placementId;
		return act(flash, formKey, back, () -> {
			action.get();
			return back;
		});
	}

	/** Runs a page action; on failure returns to {@code back} with the message beside the form's field. */
	private String act(RedirectAttributes flash, String formKey, String back, Supplier<String> action) {
		try {
			return "redirect:" + action.get();
		}
		catch (InvalidField ex) {
			flash.addFlashAttribute("errorFor", formKey);
			flash.addFlashAttribute("errors", Map.of(ex.field(), ex.getMessage()));
			flash.addFlashAttribute("formError", ex.getMessage());
		}
		catch (RuleViolation ex) {
			flash.addFlashAttribute("errorFor", formKey);
			flash.addFlashAttribute("errors", Map.of());
			flash.addFlashAttribute("formError", ex.getMessage());
		}
		catch (OptimisticLockingFailureException ex) {
			flash.addFlashAttribute("errorFor", formKey);
			flash.addFlashAttribute("errors", Map.of());
			flash.addFlashAttribute("formError", "他の人が先に更新しました。最新の状態を確認してから、もう一度操作してください");
		}
		return "redirect:" + back;
	}

	private <T> void validate(T form) {
		Set<ConstraintViolation<T>> violations = validator.validate(form);
		violations.stream()
			.min(java.util.Comparator.comparing(v -> v.getPropertyPath().toString()))
			.ifPresent(v -> {
				String path = v.getPropertyPath().toString();
				throw new InvalidField(path.contains("[") ? path.substring(0, path.indexOf('[')) : path, v.getMessage());
			});
	}

	private String name(UUID person) {
		try {
			Person p = people.get(new PersonId(person));
			return p.fullName();
		}
		catch (NotFoundException ex) {
			return "（表示できない人）";
		}
	}

	private static Boolean checked(Map<String, String> in, String key) {
		String v = in.get(key);
		return v != null && (v.equals("true") || v.equals("on"));
	}

	private static LocalDate date(String text, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidField(field, "日付の形式が正しくありません");
		}
	}

	private static Integer number(String text, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip().replace(",", ""));
		}
		catch (NumberFormatException ex) {
			throw new InvalidField(field, "数字で入力してください");
		}
	}

	private static UUID uuid(String text, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidField(field, "選択肢から選んでください");
		}
	}

	private static <E extends Enum<E>> E choice(Class<E> type, String text, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, text.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidField(field, "選択肢から選んでください");
		}
	}

	private static HostKind hostKind(String text) {
		try {
			return choice(HostKind.class, text, "kind");
		}
		catch (InvalidField ex) {
			return null;
		}
	}

	private static MenuKind menuKind(String text) {
		return choice(MenuKind.class, text, "kind");
	}

	private static PlacementStatus status(String text) {
		return choice(PlacementStatus.class, text, "status");
	}

	private static WithWhom withWhom(String text) {
		return choice(WithWhom.class, text, "withWhom");
	}

	private static Set<DayOfWeek> days(List<String> days) {
		Set<DayOfWeek> set = EnumSet.noneOf(DayOfWeek.class);
		if (days != null) {
			days.forEach(d -> set.add(choice(DayOfWeek.class, d, "days")));
		}
		return set;
	}

	private static Set<Interest> interests(List<String> interests) {
		Set<Interest> set = EnumSet.noneOf(Interest.class);
		if (interests != null) {
			interests.forEach(i -> set.add(choice(Interest.class, i, "interests")));
		}
		return set;
	}
}
