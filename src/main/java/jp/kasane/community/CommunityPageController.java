package jp.kasane.community;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jp.kasane.shared.InvalidField;
import jp.kasane.shared.RuleViolation;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages of 地域づくり: overview, hubs, platforms, events and the 地域課題 register. */
@Controller
class CommunityPageController {

	private final CommunityManagement community;
	private final Clock clock;

	CommunityPageController(CommunityManagement community, Clock clock) {
		this.community = community;
		this.clock = clock;
	}

	// --- overview, platforms and coordinators

	@GetMapping("/community")
	String overview(Model model) {
		model.addAttribute("platformForm", new CommunityForms.NewPlatform("", "", ""));
		model.addAttribute("coordinatorForm", new CommunityForms.NewCoordinator("", null, "", ""));
		return overviewPage(model);
	}

	@PostMapping("/community/platforms")
	String addPlatform(@Valid @ModelAttribute("platformForm") CommunityForms.NewPlatform form, BindingResult errors,
			Model model, RedirectAttributes flash) {
		if (!errors.hasErrors()) {
			CommunityViews.Platform p = community.addPlatform(form);
			flash.addFlashAttribute("flash", "プラットフォーム「" + p.name() + "」を登録しました");
			return "redirect:/community/platforms/" + p.id();
		}
		model.addAttribute("coordinatorForm", new CommunityForms.NewCoordinator("", null, "", ""));
		return overviewPage(model);
	}

	@PostMapping("/community/coordinators")
	String addCoordinator(@Valid @ModelAttribute("coordinatorForm") CommunityForms.NewCoordinator form, BindingResult errors,
			Model model, RedirectAttributes flash) {
		if (!errors.hasErrors()) {
			community.addCoordinator(form);
			flash.addFlashAttribute("flash", "コーディネーターを登録しました");
			return "redirect:/community";
		}
		model.addAttribute("platformForm", new CommunityForms.NewPlatform("", "", ""));
		return overviewPage(model);
	}

	private String overviewPage(Model model) {
		model.addAttribute("programs", community.hubsByProgram());
		model.addAttribute("platforms", community.platforms());
		model.addAttribute("coordinators", community.coordinators());
		model.addAttribute("upcoming", community.upcomingEvents().stream().limit(10).toList());
		model.addAttribute("openIssues", community.issues(null).stream()
			.filter(i -> i.status() != IssueStatus.RESOURCE_CREATED && i.status() != IssueStatus.DECLINED).count());
		model.addAttribute("roles", CoordinatorRole.values());
		model.addAttribute("maintainer", community.mayMaintain());
		return "community/overview";
	}

	@GetMapping("/community/platforms/{id}")
	String platform(@PathVariable UUID id, Model model) {
		model.addAttribute("memberForm", new CommunityForms.NewMember("", null));
		model.addAttribute("meetingForm", new CommunityForms.NewPlatformMeeting(LocalDate.now(clock), "", null, "", ""));
		return platformPage(id, model);
	}

	@PostMapping("/community/platforms/{id}/members")
	String addMember(@PathVariable UUID id, @Valid @ModelAttribute("memberForm") CommunityForms.NewMember form,
			BindingResult errors, Model model, RedirectAttributes flash) {
		if (!errors.hasErrors()) {
			community.addMember(id, form);
			flash.addFlashAttribute("flash", "参加者「" + form.name().strip() + "」を加えました");
			return "redirect:/community/platforms/" + id;
		}
		model.addAttribute("meetingForm", new CommunityForms.NewPlatformMeeting(LocalDate.now(clock), "", null, "", ""));
		return platformPage(id, model);
	}

	@PostMapping("/community/platforms/{id}/meetings")
	String addMeeting(@PathVariable UUID id, @Valid @ModelAttribute("meetingForm") CommunityForms.NewPlatformMeeting form,
			BindingResult errors, Model model, RedirectAttributes flash) {
		if (!errors.hasErrors()) {
			try {
				community.addPlatformMeeting(id, form);
				flash.addFlashAttribute("flash", "会合を記録しました");
				return "redirect:/community/platforms/" + id;
			}
			catch (InvalidField ex) {
				errors.rejectValue(ex.field(), ex.field(), ex.getMessage());
			}
		}
		model.addAttribute("memberForm", new CommunityForms.NewMember("", null));
		return platformPage(id, model);
	}

	private String platformPage(UUID id, Model model) {
		model.addAttribute("platform", community.platform(id));
		model.addAttribute("issues", community.issuesOfPlatform(id));
		model.addAttribute("kinds", MemberKind.values());
		model.addAttribute("maintainer", community.mayMaintain());
		return "community/platform";
	}

	// --- hubs

	@GetMapping("/community/hubs")
	String hubs(Model model) {
		model.addAttribute("form", new CommunityForms.NewHub(null, "", "", "", null, false, "", null, ""));
		return hubsPage(model);
	}

	@PostMapping("/community/hubs")
	String addHub(@Valid @ModelAttribute("form") CommunityForms.NewHub form, BindingResult errors, Model model,
			RedirectAttributes flash) {
		if (!errors.hasErrors()) {
			CommunityViews.Hub hub = community.addHub(form);
			flash.addFlashAttribute("flash", "拠点「" + hub.name() + "」を登録しました");
			return "redirect:/community/hubs/" + hub.id();
		}
		return hubsPage(model);
	}

	private String hubsPage(Model model) {
		model.addAttribute("programs", community.hubsByProgram());
		model.addAttribute("programValues", CommunityProgram.values());
		model.addAttribute("groups", ServedGroup.values());
		model.addAttribute("maintainer", community.mayMaintain());
		return "community/hubs";
	}

	@GetMapping("/community/hubs/{id}")
	String hub(@PathVariable UUID id, Model model) {
		CommunityViews.Hub hub = community.hub(id);
		model.addAttribute("form", new CommunityForms.EditHub(hub.program(), hub.name(), hub.operator(), hub.area(), hub.serves(),
				hub.openToOtherGenerations(), hub.schedule(), hub.place(), hub.note(), hub.version()));
		return hubPage(id, model);
	}

	@PostMapping("/community/hubs/{id}")
	String editHub(@PathVariable UUID id, @Valid @ModelAttribute("form") CommunityForms.EditHub form, BindingResult errors,
			Model model, RedirectAttributes flash) {
		if (!errors.hasErrors()) {
			try {
				community.editHub(id, form);
				flash.addFlashAttribute("flash", "拠点を修正しました");
				return "redirect:/community/hubs/" + id;
			}
			catch (OptimisticLockingFailureException ex) {
				errors.reject("STALE_VERSION", "他の人が先に更新しました。最新の内容を確認してから、もう一度修正してください");
			}
		}
		model.addAttribute("editOpen", true);
		return hubPage(id, model);
	}

	@PostMapping("/community/hubs/{id}/facts")
	String setHubFacts(@PathVariable UUID id, @Valid @ModelAttribute("factsForm") CommunityForms.HubFacts form,
			BindingResult errors, Model model, RedirectAttributes flash) {
		if (!errors.hasErrors()) {
			try {
				community.setHubFacts(id, form);
				flash.addFlashAttribute("flash", "基準の判定に使う数を保存しました");
				return "redirect:/community/hubs/" + id + "#hub-standard";
			}
			catch (InvalidField ex) {
				errors.rejectValue(ex.field(), ex.field(), ex.getMessage());
			}
			catch (OptimisticLockingFailureException ex) {
				errors.reject("STALE_VERSION", "他の人が先に更新しました。最新の内容を確認してから、もう一度入力してください");
			}
		}
		CommunityViews.Hub hub = community.hub(id);
		model.addAttribute("form", editForm(hub));
		model.addAttribute("factsOpen", true);
		return hubPage(id, model);
	}

	private static CommunityForms.EditHub editForm(CommunityViews.Hub hub) {
		return new CommunityForms.EditHub(hub.program(), hub.name(), hub.operator(), hub.area(), hub.serves(),
				hub.openToOtherGenerations(), hub.schedule(), hub.place(), hub.note(), hub.version());
	}

	private String hubPage(UUID id, Model model) {
		CommunityViews.HubStandard standard = community.hubStandard(id);
		model.addAttribute("standard", standard);
		if (!model.containsAttribute("factsForm")) {
			model.addAttribute("factsForm", standard.facts());
		}
		model.addAttribute("hubForms", jp.kasane.rules.ChildRearingHubType.values());
		model.addAttribute("hub", community.hub(id));
		model.addAttribute("events", community.events().stream().filter(e -> id.equals(e.hub())).toList());
		model.addAttribute("programValues", CommunityProgram.values());
		model.addAttribute("groups", ServedGroup.values());
		model.addAttribute("maintainer", community.mayMaintain());
		return "community/hub";
	}

	// --- events

	@GetMapping("/community/events")
	String events(Model model) {
		model.addAttribute("form", new CommunityForms.NewEvent("", null, LocalDate.now(clock), null, null, 0, 0, 0, 0, ""));
		return eventsPage(model);
	}

	@PostMapping("/community/events")
	String addEvent(@Valid @ModelAttribute("form") CommunityForms.NewEvent form, BindingResult errors, Model model,
			RedirectAttributes flash) {
		if (!errors.hasErrors()) {
			try {
				community.addEvent(form);
				flash.addFlashAttribute("flash", "イベント「" + form.title().strip() + "」を記録しました");
				return "redirect:/community/events";
			}
			catch (InvalidField ex) {
				errors.rejectValue(ex.field(), ex.field(), ex.getMessage());
			}
		}
		return eventsPage(model);
	}

	private String eventsPage(Model model) {
		List<CommunityViews.Hub> hubs = community.hubs();
		List<CommunityViews.Platform> platforms = community.platforms();
		model.addAttribute("events", community.events());
		model.addAttribute("hubs", hubs);
		model.addAttribute("platforms", platforms);
		model.addAttribute("hubNames", hubs.stream().collect(Collectors.toMap(CommunityViews.Hub::id, CommunityViews.Hub::name)));
		model.addAttribute("platformNames", platforms.stream()
			.collect(Collectors.toMap(CommunityViews.Platform::id, CommunityViews.Platform::name)));
		model.addAttribute("kinds", EventKind.values());
		model.addAttribute("maintainer", community.mayMaintain());
		return "community/events";
	}

	// --- 地域課題 register

	@GetMapping("/community/issues")
	String issues(@RequestParam(required = false) String status, Model model) {
		model.addAttribute("form", new CommunityForms.NewIssue("", "", "", IssueSource.COORDINATOR, null, null, LocalDate.now(clock)));
		return issuesPage(status, model);
	}

	@PostMapping("/community/issues")
	String raise(@Valid @ModelAttribute("form") CommunityForms.NewIssue form, BindingResult errors, Model model,
			RedirectAttributes flash) {
		if (!errors.hasErrors()) {
			try {
				CommunityViews.Issue issue = community.raise(form);
				flash.addFlashAttribute("flash", "地域課題「" + issue.title() + "」を登録しました（提起）");
				return "redirect:/community/issues/" + issue.id();
			}
			catch (InvalidField ex) {
				errors.rejectValue(ex.field(), ex.field(), ex.getMessage());
			}
		}
		return issuesPage(null, model);
	}

	@PostMapping("/community/issues/import")
	String importDecision(@RequestParam(required = false) UUID decisionId, RedirectAttributes flash) {
		try {
			CommunityViews.Issue issue = community.importDecision(new CommunityForms.ImportDecision(decisionId, null));
			flash.addFlashAttribute("flash", "会議の地域課題を取り込みました：「" + issue.title() + "」");
			return "redirect:/community/issues/" + issue.id();
		}
		catch (InvalidField | RuleViolation ex) {
			flash.addFlashAttribute("issueError", ex.getMessage());
		}
		catch (jakarta.validation.ConstraintViolationException ex) {
			flash.addFlashAttribute("issueError", "取り込む会議の決定を選んでください");
		}
		return "redirect:/community/issues";
	}

	private String issuesPage(String status, Model model) {
		IssueStatus filter = null;
		if (status != null && !status.isBlank()) {
			try {
				filter = IssueStatus.valueOf(status);
			}
			catch (IllegalArgumentException ex) {
				model.addAttribute("issueError", "状態の指定が正しくありません。すべての地域課題を表示しています");
			}
		}
		boolean maintainer = community.mayMaintain();
		model.addAttribute("issues", community.issues(filter));
		model.addAttribute("status", filter);
		model.addAttribute("statuses", IssueStatus.values());
		model.addAttribute("sources", List.of(IssueSource.COORDINATOR, IssueSource.PLATFORM_MEETING, IssueSource.OTHER));
		model.addAttribute("coordinators", community.coordinators());
		model.addAttribute("platformMeetings", platformMeetings());
		model.addAttribute("unregistered", maintainer ? community.unregisteredDecisions() : List.of());
		model.addAttribute("maintainer", maintainer);
		return "community/issues";
	}

	/** Platform meetings labelled with their platform, to choose the one that raised an issue. */
	private Map<UUID, String> platformMeetings() {
		Map<UUID, String> labels = new java.util.LinkedHashMap<>();
		for (CommunityViews.Platform p : community.platforms()) {
			for (CommunityViews.PlatformMeeting m : p.meetings()) {
				labels.put(m.id(), p.name() + "：" + m.heldOn() + " " + m.theme());
			}
		}
		return labels;
	}

	@GetMapping("/community/issues/{id}")
	String issue(@PathVariable UUID id, Model model) {
		return issuePage(id, model);
	}

	@PostMapping("/community/issues/{id}")
	String editIssue(@PathVariable UUID id, @Valid @ModelAttribute("editForm") CommunityForms.EditIssue form,
			BindingResult errors, Model model, RedirectAttributes flash) {
		if (!errors.hasErrors()) {
			try {
				community.editIssue(id, form);
				flash.addFlashAttribute("flash", "地域課題を修正しました");
				return "redirect:/community/issues/" + id;
			}
			catch (OptimisticLockingFailureException ex) {
				errors.reject("STALE_VERSION", "他の人が先に更新しました。最新の内容を確認してから、もう一度修正してください");
			}
		}
		model.addAttribute("editOpen", true);
		return issuePage(id, model);
	}

	@PostMapping("/community/issues/{id}/status")
	String changeStatus(@PathVariable UUID id, @RequestParam(required = false) String status,
			@RequestParam(required = false) Integer version, @RequestParam(required = false) String note,
			@RequestParam(required = false) String resourceName, @RequestParam(required = false) String resourceDescription,
			Model model, RedirectAttributes flash) {
		try {
			if (version == null) {
				throw new InvalidField("version", "画面を開き直してから操作してください");
			}
			IssueStatus to;
			try {
				to = IssueStatus.valueOf(status == null ? "" : status);
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidField("status", "新しい状態を選んでください");
			}
			for (String text : new String[] { note, resourceName, resourceDescription }) {
				if (!jp.kasane.shared.SafeTextValidator.isSafe(text) || (text != null && text.length() > 2000)) {
					throw new InvalidField("note", "2000文字以内で、HTMLタグなどを含めずに入力してください");
				}
			}
			if (resourceName != null && resourceName.length() > 200) {
				throw new InvalidField("resourceName", "資源の名称は200文字以内です");
			}
			CommunityViews.Issue issue = community.changeStatus(id, new CommunityForms.StatusChange(to, version, note,
					resourceName, resourceDescription));
			flash.addFlashAttribute("flash", "地域課題を「" + issue.statusLabel() + "」にしました");
			return "redirect:/community/issues/" + id;
		}
		catch (InvalidField | RuleViolation ex) {
			model.addAttribute("statusError", ex.getMessage());
			model.addAttribute("note", note);
			model.addAttribute("resourceName", resourceName);
			model.addAttribute("resourceDescription", resourceDescription);
		}
		catch (OptimisticLockingFailureException ex) {
			model.addAttribute("statusError", "他の人が先に更新しました。最新の状態を確認してから、もう一度操作してください");
		}
		return issuePage(id, model);
	}

	@PostMapping("/community/issues/{id}/links")
	String link(@PathVariable UUID id, @RequestParam(required = false) UUID decisionId, RedirectAttributes flash) {
		try {
			if (decisionId == null) {
				throw new InvalidField("decisionId", "紐づける会議の決定を選んでください");
			}
			community.linkDecision(id, new CommunityForms.LinkDecision(decisionId));
			flash.addFlashAttribute("flash", "会議の決定をこの地域課題に紐づけました");
		}
		catch (InvalidField | RuleViolation ex) {
			flash.addFlashAttribute("linkError", ex.getMessage());
		}
		return "redirect:/community/issues/" + id;
	}

	private String issuePage(UUID id, Model model) {
		boolean maintainer = community.mayMaintain();
		CommunityViews.Issue issue = community.issue(id);
		model.addAttribute("issue", issue);
		if (!model.containsAttribute("editForm")) {
			model.addAttribute("editForm", new CommunityForms.EditIssue(issue.title(), issue.description(), issue.area(),
					issue.version()));
		}
		model.addAttribute("coordinators", community.coordinators().stream()
			.collect(Collectors.toMap(CommunityViews.Coordinator::id, c -> c.name() + "（" + c.roleLabel() + "）")));
		model.addAttribute("platformMeetings", platformMeetings());
		model.addAttribute("unregistered", maintainer ? community.unregisteredDecisions() : List.of());
		model.addAttribute("maintainer", maintainer);
		return "community/issue";
	}
}
