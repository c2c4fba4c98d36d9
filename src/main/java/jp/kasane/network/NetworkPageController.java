package jp.kasane.network;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.kasane.rules.PlatformSubsidyRule;
import jp.kasane.shared.FiscalYear;
import jp.kasane.shared.InvalidField;
import jp.kasane.shared.RuleViolation;
import jp.kasane.shared.SafeText;
import org.springframework.beans.NotReadablePropertyException;
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

/** Pages of the networks: /network, a platform, a council and /network/regional. */
@Controller
class NetworkPageController {

	/** The page form of a 地域力強化 year: the areas one per line. */
	record RegionalYearPage(
			@NotNull(message = "年度を入力してください") @Min(value = 2016, message = "年度が正しくありません") @Max(value = 2100, message = "年度が正しくありません") Integer fiscalYear,
			@NotNull(message = "全域か一部の地域かを選んでください") Boolean wholeMunicipality,
			@Size(max = 4000, message = "地域は4000文字以内で入力してください") @SafeText String areaLines,
			@Size(max = 200, message = "実施者は200文字以内です") @SafeText String operator) {
	}

	private static final String STALE = "他の人が先に更新しました。最新の内容を確認してから、もう一度操作してください";

	private final NetworkManagement network;
	private final PlatformSubsidyRule subsidyRule;
	private final Clock clock;

	NetworkPageController(NetworkManagement network, PlatformSubsidyRule subsidyRule, Clock clock) {
		this.network = network;
		this.subsidyRule = subsidyRule;
		this.clock = clock;
	}

	// --- overview

	@GetMapping("/network")
	String overview(Model model) {
		model.addAttribute("platformForm", new NetworkForms.NewPlatform("", "", null, "", today()));
		model.addAttribute("councilForm", new NetworkForms.NewCouncil("", null, "", null, ""));
		return overviewPage(model);
	}

	@PostMapping("/network/platforms")
	String addPlatform(@Valid @ModelAttribute("platformForm") NetworkForms.NewPlatform form, BindingResult errors, Model model,
			RedirectAttributes flash) {
		if (!errors.hasErrors()) {
			NetworkViews.Platform p = network.addPlatform(form);
			flash.addFlashAttribute("flash", "プラットフォーム「" + p.name() + "」を登録しました");
			return "redirect:/network/platforms/" + p.id();
		}
		model.addAttribute("councilForm", new NetworkForms.NewCouncil("", null, "", null, ""));
		return overviewPage(model);
	}

	@PostMapping("/network/councils")
	String addCouncil(@Valid @ModelAttribute("councilForm") NetworkForms.NewCouncil form, BindingResult errors, Model model,
			RedirectAttributes flash) {
		if (!errors.hasErrors() && attempt(errors, () -> network.addCouncil(form)) instanceof NetworkViews.Council c) {
			flash.addFlashAttribute("flash", "連絡会「" + c.name() + "」を登録しました");
			return "redirect:/network/councils/" + c.id();
		}
		model.addAttribute("platformForm", new NetworkForms.NewPlatform("", "", null, "", today()));
		return overviewPage(model);
	}

	private String overviewPage(Model model) {
		model.addAttribute("platforms", network.platforms());
		model.addAttribute("councils", network.councils());
		model.addAttribute("regional", network.regional());
		model.addAttribute("bodies", ImplementingBody.values());
		model.addAttribute("levels", CouncilLevel.values());
		model.addAttribute("maintainer", network.mayMaintain());
		return "network/overview";
	}

	// --- platform

	@GetMapping("/network/platforms/{id}")
	String platform(@PathVariable UUID id, @RequestParam(required = false) UUID participant, Model model) {
		if (participant != null) {
			model.addAttribute("editing", participant);
		}
		return platformPage(id, model);
	}

	@PostMapping("/network/platforms/{id}")
	String editPlatform(@PathVariable UUID id, @Valid @ModelAttribute("platformEditForm") NetworkForms.EditPlatform form,
			BindingResult errors, Model model, RedirectAttributes flash) {
		if (!errors.hasErrors() && attempt(errors, () -> network.editPlatform(id, form)) != null) {
			flash.addFlashAttribute("flash", "プラットフォームの基本情報を更新しました");
			return "redirect:/network/platforms/" + id;
		}
		model.addAttribute("platformEditOpen", true);
		return platformPage(id, model);
	}

	@PostMapping("/network/platforms/{id}/participants/{participant}")
	String editParticipant(@PathVariable UUID id, @PathVariable UUID participant,
			@Valid @ModelAttribute("participantEditForm") NetworkForms.EditParticipant form, BindingResult errors, Model model,
			RedirectAttributes flash) {
		if (!errors.hasErrors() && attempt(errors, () -> network.editParticipant(participant, form)) != null) {
			flash.addFlashAttribute("flash", "「" + form.name().strip() + "」を更新しました");
			return "redirect:/network/platforms/" + id;
		}
		model.addAttribute("editing", participant);
		return platformPage(id, model);
	}

	@PostMapping("/network/platforms/{id}/participants")
	String addParticipant(@PathVariable UUID id, @Valid @ModelAttribute("participantForm") NetworkForms.NewParticipant form,
			BindingResult errors, Model model, RedirectAttributes flash) {
		if (!errors.hasErrors() && attempt(errors, () -> network.addParticipant(id, form)) != null) {
			flash.addFlashAttribute("flash", "「" + form.name().strip() + "」が参画しました");
			return "redirect:/network/platforms/" + id;
		}
		return platformPage(id, model);
	}

	@PostMapping("/network/platforms/{id}/activities")
	String addActivity(@PathVariable UUID id, @Valid @ModelAttribute("activityForm") NetworkForms.NewActivity form,
			BindingResult errors, Model model, RedirectAttributes flash) {
		if (!errors.hasErrors() && attempt(errors, () -> network.addActivity(id, form)) != null) {
			flash.addFlashAttribute("flash", "取組「" + form.title().strip() + "」を記録しました");
			return "redirect:/network/platforms/" + id;
		}
		model.addAttribute("activityOpen", true);
		return platformPage(id, model);
	}

	@PostMapping("/network/platforms/{id}/subsidy-years")
	String addSubsidyYear(@PathVariable UUID id, @Valid @ModelAttribute("subsidyForm") NetworkForms.SubsidyYear form,
			BindingResult errors, Model model, RedirectAttributes flash) {
		if (!errors.hasErrors() && attempt(errors, () -> network.addSubsidyYear(id, form)) != null) {
			flash.addFlashAttribute("flash", new FiscalYear(form.fiscalYear()).label() + "の補助を記録しました");
			return "redirect:/network/platforms/" + id;
		}
		return platformPage(id, model);
	}

	@PostMapping("/network/platforms/{id}/conversion")
	String convert(@PathVariable UUID id, @Valid @ModelAttribute("conversionForm") NetworkForms.Conversion form,
			BindingResult errors, Model model, RedirectAttributes flash) {
		if (!errors.hasErrors() && attempt(errors, () -> network.convert(id, form)) != null) {
			flash.addFlashAttribute("flash", "社会福祉連携推進法人への移行を記録しました");
			return "redirect:/network/platforms/" + id;
		}
		return platformPage(id, model);
	}

	@PostMapping("/network/platforms/{id}/participants/{participant}/leave")
	String leave(@PathVariable UUID id, @PathVariable UUID participant,
			@Valid @ModelAttribute("leaveForm") NetworkForms.Leave form, BindingResult errors, Model model,
			RedirectAttributes flash) {
		if (!errors.hasErrors() && attempt(errors, () -> network.leave(participant, form)) != null) {
			flash.addFlashAttribute("flash", "脱退を記録しました（" + form.leftOn() + "）");
			return "redirect:/network/platforms/" + id;
		}
		model.addAttribute("editing", participant);
		return platformPage(id, model);
	}

	@PostMapping("/network/platforms/{id}/activities/{activity}/phase")
	String changePhase(@PathVariable UUID id, @PathVariable UUID activity, @RequestParam(required = false) String phase,
			@RequestParam(required = false) Integer version, RedirectAttributes flash) {
		return small(id, flash, "協働事業を次の段階に進めました", () -> {
			PilotPhase to = parse(PilotPhase.class, phase, "phase", "段階を選んでください");
			return network.changePhase(activity, new NetworkForms.PhaseChange(to, required(version), null));
		});
	}

	@PostMapping("/network/platforms/{id}/activities/{activity}/agreements")
	String agree(@PathVariable UUID id, @PathVariable UUID activity, @RequestParam(required = false) UUID participant,
			RedirectAttributes flash) {
		return small(id, flash, "人事交流への合意を記録しました", () -> {
			if (participant == null) {
				throw new InvalidField("participant", "合意した法人を選んでください");
			}
			return network.agree(activity, new NetworkForms.Agreement(participant, today()));
		});
	}

	@PostMapping("/network/platforms/{id}/activities/{activity}/fair-results")
	String fairResult(@PathVariable UUID id, @PathVariable UUID activity, @RequestParam(required = false) UUID participant,
			@RequestParam(required = false) Integer applicants, @RequestParam(required = false) Integer offers,
			RedirectAttributes flash) {
		return small(id, flash, "合同面接会の結果を記録しました", () -> {
			if (participant == null) {
				throw new InvalidField("participant", "法人を選んでください");
			}
			if (applicants == null || applicants < 0) {
				throw new InvalidField("applicants", "応募者数は0以上で入力してください");
			}
			if (offers == null || offers < 0) {
				throw new InvalidField("offers", "内定者数は0以上で入力してください");
			}
			return network.recordFairResult(activity, new NetworkForms.FairResult(participant, applicants, offers));
		});
	}

	private String small(UUID platform, RedirectAttributes flash, String done, Supplier<Object> action) {
		try {
			action.get();
			flash.addFlashAttribute("flash", done);
		}
		catch (InvalidField | RuleViolation ex) {
			flash.addFlashAttribute("activityError", ex.getMessage());
		}
		catch (OptimisticLockingFailureException ex) {
			flash.addFlashAttribute("activityError", STALE);
		}
		return "redirect:/network/platforms/" + platform;
	}

	private String platformPage(UUID id, Model model) {
		NetworkViews.Platform platform = network.platform(id);
		model.addAttribute("platform", platform);
		PlatformSubsidyFacts facts = platform.subsidyFacts();
		model.addAttribute("facts", facts);
		// The same rule the planner page and POST /api/v1/rules/platform-subsidy answer with (000 4(2)); the
		// participants are those taking part today (ParticipantCount), and the answer says so.
		model.addAttribute("subsidy", subsidyRule.evaluate(new PlatformSubsidyRule.Input(facts.participants(),
				facts.subsidyYear(), facts.backOfficeConsolidation(), facts.backOfficeAddOnUsedBefore(), facts.ict(),
				facts.ictAddOnUsedBefore(), facts.convertedToRenkeiSuishinHojin(), today())));
		putIfAbsent(model, "participantForm", new NetworkForms.NewParticipant("", null, false, today()));
		putIfAbsent(model, "activityForm", new NetworkForms.NewActivity(null, "", today(), null, null, null, false, null, null,
				null, null, ""));
		putIfAbsent(model, "subsidyForm", new NetworkForms.SubsidyYear(FiscalYear.of(today()).year(), null, false, false, ""));
		putIfAbsent(model, "conversionForm", new NetworkForms.Conversion(today(), "", 1000, platform.version()));
		putIfAbsent(model, "platformEditForm", new NetworkForms.EditPlatform(platform.name(), platform.implementingBody(),
				platform.bodyKind(), platform.area(), platform.startedOn(), platform.version()));
		if (model.getAttribute("editing") instanceof UUID editing) {
			platform.participants().stream().filter(p -> p.id().equals(editing)).findFirst().ifPresentOrElse(p -> {
				model.addAttribute("editedParticipant", p);
				putIfAbsent(model, "participantEditForm", new NetworkForms.EditParticipant(p.name(), p.kind(), p.small(),
						p.joinedOn(), p.version()));
				putIfAbsent(model, "leaveForm", new NetworkForms.Leave(today(), p.version()));
			}, () -> model.addAttribute("editing", null));
		}
		model.addAttribute("participantKinds", ParticipantKind.values());
		model.addAttribute("bodies", ImplementingBody.values());
		model.addAttribute("activityKinds", ActivityKind.values());
		model.addAttribute("stages", DiscussionStage.values());
		model.addAttribute("phases", PilotPhase.values());
		model.addAttribute("categories", CollaborationCategory.values());
		model.addAttribute("workforceKinds", WorkforceKind.values());
		model.addAttribute("corporations", platform.participants().stream().filter(NetworkViews.Participant::corporation).toList());
		model.addAttribute("maintainer", network.mayMaintain());
		return "network/platform";
	}

	// --- council

	@GetMapping("/network/councils/{id}")
	String council(@PathVariable UUID id, @RequestParam(required = false) UUID member, Model model) {
		if (member != null) {
			model.addAttribute("editing", member);
		}
		return councilPage(id, model);
	}

	@PostMapping("/network/councils/{id}")
	String editCouncil(@PathVariable UUID id, @Valid @ModelAttribute("councilEditForm") NetworkForms.EditCouncil form,
			BindingResult errors, Model model, RedirectAttributes flash) {
		if (!errors.hasErrors() && attempt(errors, () -> network.editCouncil(id, form)) != null) {
			flash.addFlashAttribute("flash", "連絡会の情報を更新しました");
			return "redirect:/network/councils/" + id;
		}
		model.addAttribute("councilEditOpen", true);
		return councilPage(id, model);
	}

	@PostMapping("/network/councils/{id}/members/{member}")
	String editMember(@PathVariable UUID id, @PathVariable UUID member,
			@Valid @ModelAttribute("memberEditForm") NetworkForms.EditCouncilMember form, BindingResult errors, Model model,
			RedirectAttributes flash) {
		if (!errors.hasErrors() && attempt(errors, () -> network.editCouncilMember(member, form)) != null) {
			flash.addFlashAttribute("flash", "会員「" + form.name().strip() + "」を更新しました");
			return "redirect:/network/councils/" + id;
		}
		model.addAttribute("editing", member);
		return councilPage(id, model);
	}

	@PostMapping("/network/councils/{id}/members/{member}/leave")
	String leaveCouncil(@PathVariable UUID id, @PathVariable UUID member,
			@Valid @ModelAttribute("memberLeaveForm") NetworkForms.Leave form, BindingResult errors, Model model,
			RedirectAttributes flash) {
		if (!errors.hasErrors() && attempt(errors, () -> network.leaveCouncil(member, form)) != null) {
			flash.addFlashAttribute("flash", "退会を記録しました（" + form.leftOn() + "）");
			return "redirect:/network/councils/" + id;
		}
		model.addAttribute("editing", member);
		return councilPage(id, model);
	}

	@PostMapping("/network/councils/{id}/members")
	String addMember(@PathVariable UUID id, @Valid @ModelAttribute("memberForm") NetworkForms.NewCouncilMember form,
			BindingResult errors, Model model, RedirectAttributes flash) {
		if (!errors.hasErrors() && attempt(errors, () -> network.addCouncilMember(id, form)) != null) {
			flash.addFlashAttribute("flash", "会員「" + form.name().strip() + "」を加えました");
			return "redirect:/network/councils/" + id;
		}
		return councilPage(id, model);
	}

	@PostMapping("/network/councils/{id}/meetings")
	String addCouncilMeeting(@PathVariable UUID id, @Valid @ModelAttribute("meetingForm") NetworkForms.NewMeeting form,
			BindingResult errors, Model model, RedirectAttributes flash) {
		if (!errors.hasErrors() && attempt(errors, () -> network.addCouncilMeeting(id, form)) != null) {
			flash.addFlashAttribute("flash", "会議を記録しました");
			return "redirect:/network/councils/" + id;
		}
		return councilPage(id, model);
	}

	@PostMapping("/network/councils/{id}/activities")
	String addCouncilActivity(@PathVariable UUID id,
			@Valid @ModelAttribute("councilActivityForm") NetworkForms.NewCouncilActivity form, BindingResult errors,
			Model model, RedirectAttributes flash) {
		if (!errors.hasErrors() && attempt(errors, () -> network.addCouncilActivity(id, form)) != null) {
			flash.addFlashAttribute("flash", "「" + form.title().strip() + "」を記録しました");
			return "redirect:/network/councils/" + id;
		}
		return councilPage(id, model);
	}

	private String councilPage(UUID id, Model model) {
		NetworkViews.Council council = network.council(id);
		model.addAttribute("council", council);
		model.addAttribute("currentMembers", council.members().stream().filter(m -> m.leftOn() == null).toList());
		putIfAbsent(model, "councilEditForm", new NetworkForms.EditCouncil(council.name(), council.level(),
				council.secretariat(), council.foundedOn(), council.purpose(), council.version()));
		if (model.getAttribute("editing") instanceof UUID editing) {
			council.members().stream().filter(m -> m.id().equals(editing)).findFirst().ifPresentOrElse(m -> {
				model.addAttribute("editedMember", m);
				putIfAbsent(model, "memberEditForm", new NetworkForms.EditCouncilMember(m.name(), m.kind(), m.corporation(),
						m.version()));
				putIfAbsent(model, "memberLeaveForm", new NetworkForms.Leave(today(), m.version()));
			}, () -> model.addAttribute("editing", null));
		}
		model.addAttribute("levels", CouncilLevel.values());
		putIfAbsent(model, "memberForm", new NetworkForms.NewCouncilMember("", null, ""));
		putIfAbsent(model, "meetingForm", new NetworkForms.NewMeeting(NetworkMeetingKind.REPRESENTATIVES, today(), "", null, Set.of(), ""));
		putIfAbsent(model, "councilActivityForm", new NetworkForms.NewCouncilActivity(CouncilActivityKind.PUBLIC_INTEREST, "",
				null, Set.of(), null, null, today(), null, ""));
		model.addAttribute("memberKinds", CouncilMemberKind.values());
		model.addAttribute("meetingKinds", List.of(NetworkMeetingKind.REPRESENTATIVES, NetworkMeetingKind.STAFF, NetworkMeetingKind.PROJECT));
		model.addAttribute("activityKinds", CouncilActivityKind.values());
		model.addAttribute("agreementKinds", AgreementKind.values());
		model.addAttribute("educationKinds", EducationKind.values());
		model.addAttribute("maintainer", network.mayMaintain());
		return "network/council";
	}

	// --- regional

	@GetMapping("/network/regional")
	String regional(@RequestParam(required = false) UUID area, @RequestParam(required = false) UUID promoter, Model model) {
		if (area != null) {
			model.addAttribute("editingArea", area);
		}
		if (promoter != null) {
			model.addAttribute("editingPromoter", promoter);
		}
		return regionalPage(model);
	}

	@PostMapping("/network/regional/areas/{area}")
	String editArea(@PathVariable UUID area, @Valid @ModelAttribute("areaEditForm") NetworkForms.EditArea form,
			BindingResult errors, Model model, RedirectAttributes flash) {
		if (!errors.hasErrors() && attempt(errors, () -> network.editArea(area, form)) != null) {
			flash.addFlashAttribute("flash", "地域「" + form.name().strip() + "」を更新しました");
			return "redirect:/network/regional";
		}
		model.addAttribute("editingArea", area);
		return regionalPage(model);
	}

	@PostMapping("/network/regional/areas/{area}/end")
	String endArea(@PathVariable UUID area, @Valid @ModelAttribute("areaEndForm") NetworkForms.AreaEnd form,
			BindingResult errors, Model model, RedirectAttributes flash) {
		if (!errors.hasErrors() && attempt(errors, () -> network.endArea(area, form)) != null) {
			flash.addFlashAttribute("flash", "地域の終了を記録しました（" + form.endedOn() + "）");
			return "redirect:/network/regional";
		}
		model.addAttribute("editingArea", area);
		return regionalPage(model);
	}

	@PostMapping("/network/regional/promoters/{promoter}")
	String editPromoter(@PathVariable UUID promoter,
			@Valid @ModelAttribute("promoterEditForm") NetworkForms.EditPromoter form, BindingResult errors, Model model,
			RedirectAttributes flash) {
		if (!errors.hasErrors() && attempt(errors, () -> network.editPromoter(promoter, form)) != null) {
			flash.addFlashAttribute("flash", "相談支援包括化推進員「" + form.name().strip() + "」を更新しました");
			return "redirect:/network/regional";
		}
		model.addAttribute("editingPromoter", promoter);
		return regionalPage(model);
	}

	@PostMapping("/network/regional/years")
	String addYear(@Valid @ModelAttribute("yearForm") RegionalYearPage form, BindingResult errors, Model model,
			RedirectAttributes flash) {
		if (!errors.hasErrors()) {
			List<NetworkForms.NewArea> areas = form.areaLines() == null ? List.of() : Arrays.stream(form.areaLines().split("\\R"))
				.map(String::strip)
				.filter(s -> !s.isEmpty())
				.map(s -> new NetworkForms.NewArea(s, form.operator(), null))
				.toList();
			if (areas.stream().anyMatch(a -> a.name().length() > 100)) {
				errors.rejectValue("areaLines", "areaLines", "地域の名前は1つ100文字以内です");
			}
			else if (attempt(errors, () -> network.addRegionalYear(new NetworkForms.RegionalYear(form.fiscalYear(),
					form.wholeMunicipality(), areas))) != null) {
				flash.addFlashAttribute("flash", new FiscalYear(form.fiscalYear()).label() + "の地域力強化推進事業を登録しました");
				return "redirect:/network/regional";
			}
		}
		return regionalPage(model);
	}

	@PostMapping("/network/regional/years/{fiscalYear}/areas")
	String addArea(@PathVariable int fiscalYear, @RequestParam(required = false) String name, RedirectAttributes flash) {
		try {
			if (name == null || name.isBlank() || name.length() > 100 || !jp.kasane.shared.SafeTextValidator.isSafe(name)) {
				throw new InvalidField("name", "地域の名称を100文字以内で入力してください");
			}
			network.addArea(fiscalYear, new NetworkForms.NewArea(name, null, null));
			flash.addFlashAttribute("flash", "地域「" + name.strip() + "」を加えました");
		}
		catch (InvalidField | RuleViolation ex) {
			flash.addFlashAttribute("regionalError", ex.getMessage());
		}
		return "redirect:/network/regional";
	}

	@PostMapping("/network/regional/years/{fiscalYear}/coverage")
	String coverage(@PathVariable int fiscalYear, @RequestParam(required = false) Boolean wholeMunicipality,
			@RequestParam(required = false) Integer version, RedirectAttributes flash) {
		try {
			network.changeCoverage(fiscalYear, new NetworkForms.Coverage(Boolean.TRUE.equals(wholeMunicipality), required(version)));
			flash.addFlashAttribute("flash", "実施範囲を変更しました");
		}
		catch (InvalidField | RuleViolation ex) {
			flash.addFlashAttribute("regionalError", ex.getMessage());
		}
		catch (OptimisticLockingFailureException ex) {
			flash.addFlashAttribute("regionalError", STALE);
		}
		return "redirect:/network/regional";
	}

	@PostMapping("/network/regional/promoters")
	String addPromoter(@Valid @ModelAttribute("promoterForm") NetworkForms.NewPromoter form, BindingResult errors, Model model,
			RedirectAttributes flash) {
		if (!errors.hasErrors() && attempt(errors, () -> network.addPromoter(form)) != null) {
			flash.addFlashAttribute("flash", "相談支援包括化推進員を名簿に加えました");
			return "redirect:/network/regional";
		}
		return regionalPage(model);
	}

	@PostMapping("/network/regional/meetings")
	String addPromotionMeeting(@Valid @ModelAttribute("promotionForm") NetworkForms.NewMeeting form, BindingResult errors,
			Model model, RedirectAttributes flash) {
		if (!errors.hasErrors() && attempt(errors, () -> network.addPromotionMeeting(form)) != null) {
			flash.addFlashAttribute("flash", "会議を記録しました");
			return "redirect:/network/regional";
		}
		return regionalPage(model);
	}

	@PostMapping("/network/regional/goals")
	String addGoal(@Valid @ModelAttribute("goalForm") NetworkForms.NewGoal form, BindingResult errors, Model model,
			RedirectAttributes flash) {
		if (!errors.hasErrors() && attempt(errors, () -> network.addGoal(form)) != null) {
			flash.addFlashAttribute("flash", "成果目標を立てました");
			return "redirect:/network/regional";
		}
		return regionalPage(model);
	}

	@PostMapping("/network/regional/goals/{id}/achievement")
	String achievement(@PathVariable UUID id, @RequestParam(required = false) Integer achievedValue,
			@RequestParam(required = false) String achievement, @RequestParam(required = false) Integer version,
			RedirectAttributes flash) {
		try {
			if (achievedValue == null || achievedValue < 0) {
				throw new InvalidField("achievedValue", "実績値を0以上で入力してください");
			}
			if (achievement != null && (achievement.length() > 2000 || !jp.kasane.shared.SafeTextValidator.isSafe(achievement))) {
				throw new InvalidField("achievement", "達成度合いの説明は2000文字以内で、HTMLタグなどを含めずに入力してください");
			}
			network.reportAchievement(id, new NetworkForms.Achievement(achievedValue, achievement, today(), required(version)));
			flash.addFlashAttribute("flash", "達成度合いを報告しました");
		}
		catch (InvalidField | RuleViolation ex) {
			flash.addFlashAttribute("regionalError", ex.getMessage());
		}
		catch (OptimisticLockingFailureException ex) {
			flash.addFlashAttribute("regionalError", STALE);
		}
		return "redirect:/network/regional";
	}

	private String regionalPage(Model model) {
		int next = FiscalYear.of(today()).year() + 1;
		NetworkViews.Regional regional = network.regional();
		model.addAttribute("regional", regional);
		if (model.getAttribute("editingArea") instanceof UUID editing) {
			regional.years().stream().flatMap(y -> y.areas().stream()).filter(a -> a.id().equals(editing)).findFirst()
				.ifPresentOrElse(a -> {
					model.addAttribute("editedArea", a);
					putIfAbsent(model, "areaEditForm", new NetworkForms.EditArea(a.name(), a.operator(), a.hub(), a.version()));
					FiscalYear fy = new FiscalYear(a.fiscalYear());
					putIfAbsent(model, "areaEndForm", new NetworkForms.AreaEnd(fy.contains(today()) ? today() : null, a.version()));
				}, () -> model.addAttribute("editingArea", null));
		}
		if (model.getAttribute("editingPromoter") instanceof UUID editing) {
			regional.promoters().stream().filter(p -> p.id().equals(editing)).findFirst().ifPresentOrElse(p -> {
				model.addAttribute("editedPromoter", p);
				putIfAbsent(model, "promoterEditForm", new NetworkForms.EditPromoter(p.name(), p.qualification(), p.placedAt(),
						p.fromDate(), p.untilDate(), p.version()));
			}, () -> model.addAttribute("editingPromoter", null));
		}
		putIfAbsent(model, "yearForm", new RegionalYearPage(next, false, "", ""));
		putIfAbsent(model, "promoterForm", new NetworkForms.NewPromoter("", "", "", today(), null));
		putIfAbsent(model, "promotionForm", new NetworkForms.NewMeeting(NetworkMeetingKind.PROMOTION, today(), "", null, Set.of(), ""));
		putIfAbsent(model, "goalForm", new NetworkForms.NewGoal(next, null, "", null, "", today()));
		model.addAttribute("nextYearLabel", new FiscalYear(next).label());
		model.addAttribute("topics", PromotionTopic.values());
		model.addAttribute("programs", GoalProgram.values());
		model.addAttribute("promotionKinds", List.of(NetworkMeetingKind.PROMOTION, NetworkMeetingKind.PROMOTION_CASE));
		model.addAttribute("maintainer", network.mayMaintain());
		return "network/regional";
	}

	// ---

	/** Runs a change; a refusal is shown beside its field (or above the form), never as an error page. */
	private static Object attempt(BindingResult errors, Supplier<Object> action) {
		try {
			return action.get();
		}
		catch (InvalidField ex) {
			try {
				errors.rejectValue(ex.field(), ex.field(), ex.getMessage());
			}
			catch (NotReadablePropertyException | IllegalArgumentException unknown) {
				errors.reject(ex.field(), ex.getMessage());
			}
		}
		catch (RuleViolation ex) {
			errors.reject(ex.code(), ex.getMessage());
		}
		catch (OptimisticLockingFailureException ex) {
			errors.reject("STALE_VERSION", STALE);
		}
		return null;
	}

	private static void putIfAbsent(Model model, String name, Object value) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, value);
		}
	}

	private static int required(Integer version) {
		if (version == null) {
			throw new InvalidField("version", "画面を開き直してから操作してください");
		}
		return version;
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, String message) {
		try {
			return Enum.valueOf(type, value == null ? "" : value);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidField(field, message);
		}
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}
}
