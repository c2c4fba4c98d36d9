package jp.kasane.organization;

import java.util.UUID;

import jakarta.validation.Valid;
import jp.kasane.shared.Actor;
import jp.kasane.shared.ActorContext;
import jp.kasane.shared.AgencyId;
import jp.kasane.shared.Field;
import jp.kasane.shared.InvalidField;
import jp.kasane.shared.NotFoundException;
import jp.kasane.shared.Role;
import jp.kasane.shared.RuleViolation;
import jp.kasane.shared.UserId;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administration pages for agencies and staff accounts (システム管理者). The tenant settings page also holds the
 * municipality's facts for the program rules, which municipal staff (市町村担当課) keep too, and municipal staff
 * confirm or reject the pending grants of resident-reading roles (権限付与の承認); every other page is for the system
 * administrator alone.
 */
@Controller
@RequestMapping("/admin")
class OrganizationPageController {

	static final String STALE = "他の人が先に事業の基礎数値を保存しました。入力は残してあります。保存された内容を確かめてから、もう一度保存してください";

	private final OrganizationManagement organization;

	OrganizationPageController(OrganizationManagement organization) {
		this.organization = organization;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("kinds", AgencyKind.values());
		model.addAttribute("allFields", Field.values());
		model.addAttribute("hubTypes", HubType.values());
		model.addAttribute("allRoles", Role.values());
	}

	@GetMapping("/agencies")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	String agencies(Model model) {
		model.addAttribute("tenant", organization.currentTenant());
		model.addAttribute("agencies", organization.agencies());
		return "organization/agencies";
	}

	@GetMapping("/tenant")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'MUNICIPAL_STAFF')")
	String tenant(Model model) {
		model.addAttribute("form", TenantForm.of(organization.currentTenant()));
		model.addAttribute("factsForm", ProgramFactsForm.of(organization.programFacts()));
		return tenantPage(model);
	}

	/** The municipality's facts for the program rules; the page then shows the rules' answers for them. */
	@PostMapping("/tenant/program-facts")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'MUNICIPAL_STAFF')")
	String updateProgramFacts(@Valid @ModelAttribute("factsForm") ProgramFactsForm form, BindingResult errors, Model model,
			RedirectAttributes flash) {
		if (!errors.hasErrors()) {
			try {
				organization.updateProgramFacts(form);
				flash.addFlashAttribute("flash", "事業の基礎数値を保存しました");
				return "redirect:/admin/tenant#program-facts";
			}
			catch (InvalidField ex) {
				errors.rejectValue(ex.field(), ex.field(), ex.getMessage());
			}
			catch (OptimisticLockingFailureException ex) {
				// The input stays in the form; the newer version is what was saved meanwhile, shown below the form.
				errors.reject("STALE_VERSION", STALE);
				model.addAttribute("savedMeanwhile", organization.programFacts());
			}
		}
		model.addAttribute("form", TenantForm.of(organization.currentTenant()));
		return tenantPage(model);
	}

	private String tenantPage(Model model) {
		model.addAttribute("tenantKinds", TenantKind.values());
		model.addAttribute("answers", organization.programAnswers());
		return "organization/tenant-form";
	}

	@PostMapping("/tenant")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	String updateTenant(@Valid @ModelAttribute("form") TenantForm form, BindingResult errors, Model model,
			RedirectAttributes flash) {
		if (!errors.hasErrors()) {
			try {
				organization.updateTenant(form);
				flash.addFlashAttribute("flash", "実施主体の情報を更新しました");
				return "redirect:/admin/agencies";
			}
			catch (InvalidField ex) {
				errors.rejectValue(ex.field(), ex.field(), ex.getMessage());
			}
			catch (RuleViolation ex) {
				errors.reject(ex.code(), ex.getMessage());
			}
		}
		model.addAttribute("factsForm", ProgramFactsForm.of(organization.programFacts()));
		return tenantPage(model);
	}

	@GetMapping("/agencies/new")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	String newAgency(Model model) {
		model.addAttribute("form", AgencyForm.empty());
		return "organization/agency-form";
	}

	@GetMapping("/agencies/{id}")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	String editAgency(@PathVariable String id, Model model) {
		Agency agency = organization.agency(AgencyId.of(id));
		model.addAttribute("agencyId", agency.id());
		model.addAttribute("form", AgencyForm.of(agency));
		return "organization/agency-form";
	}

	@PostMapping("/agencies")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	String createAgency(@Valid @ModelAttribute("form") AgencyForm form, BindingResult errors, RedirectAttributes flash) {
		if (!errors.hasErrors()) {
			try {
				Agency agency = organization.createAgency(form);
				flash.addFlashAttribute("flash", "「" + agency.name() + "」を登録しました");
				return "redirect:/admin/agencies";
			}
			catch (RuleViolation ex) {
				errors.reject(ex.code(), ex.getMessage());
			}
		}
		return "organization/agency-form";
	}

	@PostMapping("/agencies/{id}")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	String updateAgency(@PathVariable String id, @Valid @ModelAttribute("form") AgencyForm form, BindingResult errors,
			Model model, RedirectAttributes flash) {
		AgencyId agencyId = AgencyId.of(id);
		model.addAttribute("agencyId", agencyId);
		if (!errors.hasErrors()) {
			try {
				Agency agency = organization.updateAgency(agencyId, form);
				flash.addFlashAttribute("flash", "「" + agency.name() + "」を更新しました");
				return "redirect:/admin/agencies";
			}
			catch (RuleViolation ex) {
				errors.reject(ex.code(), ex.getMessage());
			}
			catch (OptimisticLockingFailureException ex) {
				errors.reject("STALE_VERSION", "他の人が先に更新しました。入力内容を控えてから画面を開き直してください");
			}
		}
		return "organization/agency-form";
	}

	@GetMapping("/users")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	String users(Model model) {
		model.addAttribute("users", organization.users());
		model.addAttribute("agencyNames", organization.agencies().stream()
			.collect(java.util.stream.Collectors.toMap(Agency::id, Agency::name)));
		return "organization/users";
	}

	@GetMapping("/users/new")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	String newUser(Model model) {
		model.addAttribute("form", UserForm.empty());
		model.addAttribute("agencies", organization.agencies());
		return "organization/user-form";
	}

	@GetMapping("/users/{id}")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	String editUser(@PathVariable String id, Model model) {
		UserAccount user = organization.user(UserId.of(id));
		model.addAttribute("userId", user.id());
		model.addAttribute("account", user);
		model.addAttribute("form", UserForm.of(user));
		model.addAttribute("agencies", organization.agencies());
		return "organization/user-form";
	}

	@PostMapping("/users")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	String createUser(@Valid @ModelAttribute("form") UserForm form, BindingResult errors, Model model,
			RedirectAttributes flash) {
		if (!errors.hasErrors()) {
			try {
				UserAccount user = organization.createUser(form);
				flash.addFlashAttribute("flash", "アカウント「" + user.username() + "」を作成しました");
				return "redirect:/admin/users";
			}
			catch (RuleViolation ex) {
				errors.reject(ex.code(), ex.getMessage());
			}
		}
		model.addAttribute("agencies", organization.agencies());
		return "organization/user-form";
	}

	@PostMapping("/users/{id}")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	String updateUser(@PathVariable String id, @Valid @ModelAttribute("form") UserForm form, BindingResult errors,
			Model model, RedirectAttributes flash) {
		UserId userId = UserId.of(id);
		model.addAttribute("userId", userId);
		if (!errors.hasErrors()) {
			try {
				UserAccount user = organization.updateUser(userId, form);
				flash.addFlashAttribute("flash", "アカウント「" + user.username() + "」を更新しました");
				return "redirect:/admin/users";
			}
			catch (RuleViolation ex) {
				errors.reject(ex.code(), ex.getMessage());
			}
			catch (OptimisticLockingFailureException ex) {
				errors.reject("STALE_VERSION", "他の人が先に更新しました。画面を開き直してください");
			}
		}
		model.addAttribute("agencies", organization.agencies());
		model.addAttribute("account", organization.user(userId));
		return "organization/user-form";
	}

	/** ロック解除: clears the account's failed sign-ins at every address. */
	@PostMapping("/users/{id}/unlock")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	String unlockUser(@PathVariable String id, RedirectAttributes flash) {
		UserAccount user = organization.unlockUser(UserId.of(id));
		flash.addFlashAttribute("flash", "アカウント「" + user.username() + "」のログイン試行の制限を解除しました");
		return "redirect:/admin/users/" + user.id();
	}

	/** 権限付与の承認: the pending grants; municipal staff confirm or reject those they may decide. */
	@GetMapping("/role-grants")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'MUNICIPAL_STAFF')")
	String pendingGrants(Model model) {
		Actor me = ActorContext.require();
		model.addAttribute("grants", organization.pendingGrants());
		model.addAttribute("myId", me.userId().value());
		model.addAttribute("mayDecide", me.has(Role.MUNICIPAL_STAFF));
		return "organization/role-grants";
	}

	@PostMapping("/role-grants/{id}/confirm")
	@PreAuthorize("hasRole('MUNICIPAL_STAFF')")
	String confirmGrant(@PathVariable String id, RedirectAttributes flash) {
		return decide(id, true, flash);
	}

	@PostMapping("/role-grants/{id}/reject")
	@PreAuthorize("hasRole('MUNICIPAL_STAFF')")
	String rejectGrant(@PathVariable String id, RedirectAttributes flash) {
		return decide(id, false, flash);
	}

	private String decide(String id, boolean confirm, RedirectAttributes flash) {
		UUID grantId;
		try {
			grantId = UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("role-grant", id);
		}
		try {
			UserAccount user = confirm ? organization.confirmGrant(grantId) : organization.rejectGrant(grantId);
			flash.addFlashAttribute("flash", "アカウント「" + user.username() + "」への権限付与を" + (confirm ? "承認" : "却下") + "しました");
		}
		catch (RuleViolation ex) {
			flash.addFlashAttribute("refusal", ex.getMessage());
		}
		return "redirect:/admin/role-grants";
	}
}
