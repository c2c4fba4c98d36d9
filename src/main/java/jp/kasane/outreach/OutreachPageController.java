package jp.kasane.outreach;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jp.kasane.organization.Agency;
import jp.kasane.organization.OrganizationManagement;
import jp.kasane.person.PersonForm;
import jp.kasane.person.ProbableDuplicate;
import jp.kasane.shared.AccessRefused;
import jp.kasane.shared.InvalidField;
import jp.kasane.shared.RuleViolation;
import jp.kasane.shared.SafeText;
import org.springframework.context.MessageSource;
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

/** Pages of アウトリーチ: the list with what is due, registering a person to reach, and the record. */
@Controller
class OutreachPageController {

	/** The compact registration form of the page: the person's essentials and how they became known. */
	record NewPage(UUID person,
			@Size(max = 30, message = "氏は30文字以内で入力してください") @SafeText String familyName,
			@Size(max = 30, message = "名は30文字以内で入力してください") @SafeText String givenName,
			@Size(max = 40, message = "フリガナは40文字以内で入力してください") @Pattern(regexp = "^[\\p{IsHiragana}\\p{IsKatakana}ー\\s　・]*$", message = "フリガナはカタカナかひらがなで入力してください") String familyKana,
			@Size(max = 40, message = "フリガナは40文字以内で入力してください") @Pattern(regexp = "^[\\p{IsHiragana}\\p{IsKatakana}ー\\s　・]*$", message = "フリガナはカタカナかひらがなで入力してください") String givenKana,
			@Size(max = 20, message = "生年月日は20文字以内で入力してください") String birthDate,
			@Size(max = 200, message = "住所は200文字以内で入力してください") @SafeText String address,
			@NotNull(message = "情報源を選んでください") Source source,
			@Size(max = 200, message = "情報提供者は200文字以内です") @SafeText String sourceDetail,
			@NotNull(message = "把握した日を入力してください") LocalDate knownOn,
			@Size(max = 4000, message = "把握した情報は4000文字以内です") @SafeText String note, LocalDate nextContactOn,
			Boolean confirmedNotDuplicate) {

		static NewPage empty(LocalDate today) {
			return new NewPage(null, "", "", "", "", "", "", Source.WELFARE_COMMISSIONER, "", today, "", null, false);
		}

		OutreachForms.NewOutreach toForm() {
			PersonForm newPerson = person != null ? null
					: new PersonForm(familyName, givenName, familyKana, givenKana, birthDate, "", "", address, "", "",
							Boolean.TRUE.equals(confirmedNotDuplicate), null);
			return new OutreachForms.NewOutreach(person, newPerson, source, sourceDetail, knownOn, note, nextContactOn);
		}
	}

	private final OutreachManagement outreach;
	private final OrganizationManagement organization;
	private final MessageSource messages;
	private final Clock clock;

	OutreachPageController(OutreachManagement outreach, OrganizationManagement organization, MessageSource messages, Clock clock) {
		this.outreach = outreach;
		this.organization = organization;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/outreach")
	String list(Model model) {
		model.addAttribute("records", outreach.list());
		return "outreach/list";
	}

	@GetMapping("/outreach/new")
	String newForm(@RequestParam(required = false) UUID person, Model model) {
		NewPage form = NewPage.empty(LocalDate.now(clock));
		model.addAttribute("form", person == null ? form : new NewPage(person, "", "", "", "", "", "", form.source(), "",
				form.knownOn(), "", null, false));
		model.addAttribute("sources", Source.values());
		return "outreach/new";
	}

	@PostMapping("/outreach")
	String register(@Valid @ModelAttribute("form") NewPage form, BindingResult errors, Model model, RedirectAttributes flash) {
		if (form.person() == null) {
			required(errors, "familyName", form.familyName(), "氏を入力してください");
			required(errors, "givenName", form.givenName(), "名を入力してください");
			required(errors, "familyKana", form.familyKana(), "氏のフリガナを入力してください");
			required(errors, "givenKana", form.givenKana(), "名のフリガナを入力してください");
		}
		if (!errors.hasErrors()) {
			try {
				OutreachView view = outreach.register(form.toForm());
				flash.addFlashAttribute("flash", "アウトリーチの対象として登録しました（段階：把握）");
				return "redirect:/outreach/" + view.id();
			}
			catch (InvalidField ex) {
				if (isFormField(ex.field())) {
					errors.rejectValue(ex.field(), ex.field(), ex.getMessage());
				}
				else {
					errors.reject(ex.field(), ex.getMessage());
				}
			}
			catch (ProbableDuplicate ex) {
				model.addAttribute("duplicate", true);
				model.addAttribute("candidates", ex.visible());
				errors.reject(ex.code(), "同じ氏名・生年月日の人がすでに登録されている可能性があります（名寄せ）。"
						+ "同じ人であれば下の登録を選び、別人であれば確認のうえ登録してください");
			}
			catch (RuleViolation ex) {
				errors.reject(ex.code(), ex.getMessage());
			}
		}
		model.addAttribute("sources", Source.values());
		return "outreach/new";
	}

	@GetMapping("/outreach/{id}")
	String detail(@PathVariable UUID id, Model model) {
		OutreachView view = outreach.view(id);
		model.addAttribute("r", view);
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("methods", ContactMethod.values());
		model.addAttribute("stages", Stage.values());
		model.addAttribute("closeReasons", CloseReason.values());
		model.addAttribute("agencyNames", agencyNames());
		model.addAttribute("decisions", view.mayWrite() ? outreach.outreachDecisions(id) : java.util.List.of());
		return "outreach/detail";
	}

	@PostMapping("/outreach/{id}/attempts")
	String attempt(@PathVariable UUID id, @Valid @ModelAttribute("attempt") OutreachForms.Attempt form, BindingResult errors,
			RedirectAttributes flash) {
		return act(id, errors, flash, "attempt", "働きかけを記録しました", () -> outreach.recordAttempt(id, form));
	}

	@PostMapping("/outreach/{id}/notes")
	String note(@PathVariable UUID id, @Valid @ModelAttribute("note") OutreachForms.Note form, BindingResult errors,
			RedirectAttributes flash) {
		return act(id, errors, flash, "note", "把握した情報を記録しました", () -> outreach.addNote(id, form));
	}

	@PostMapping("/outreach/{id}/stage")
	String stage(@PathVariable UUID id, @Valid @ModelAttribute("stageChange") OutreachForms.StageChange form,
			BindingResult errors, RedirectAttributes flash) {
		return act(id, errors, flash, "stage", "関係性の段階を変更しました", () -> outreach.changeStage(id, form));
	}

	@PostMapping("/outreach/{id}/plan")
	String plan(@PathVariable UUID id, @Valid @ModelAttribute("plan") OutreachForms.Plan form, BindingResult errors,
			RedirectAttributes flash) {
		return act(id, errors, flash, "plan", "次回の予定を保存しました", () -> outreach.plan(id, form));
	}

	@PostMapping("/outreach/{id}/case")
	String linkCase(@PathVariable UUID id, @Valid @ModelAttribute("caseLink") OutreachForms.CaseLink form,
			BindingResult errors, RedirectAttributes flash) {
		return act(id, errors, flash, "case", "多機関協働の事例とつなぎました", () -> outreach.linkCase(id, form));
	}

	@PostMapping("/outreach/{id}/close")
	String close(@PathVariable UUID id, @Valid @ModelAttribute("closing") OutreachForms.Close form, BindingResult errors,
			RedirectAttributes flash) {
		return act(id, errors, flash, "close", "アウトリーチを終了しました", () -> outreach.close(id, form));
	}

	/**
	 * Runs one action of the record page. Errors go back to the page beside the form's fields
	 * ({@code errors}: field → message; {@code errorForm}: which form) or, for a refused rule, on top.
	 */
	private String act(UUID id, BindingResult errors, RedirectAttributes flash, String formName, String done, Runnable action) {
		Map<String, String> fieldErrors = new LinkedHashMap<>();
		errors.getFieldErrors().forEach(e -> fieldErrors.putIfAbsent(e.getField(), messages.getMessage(e, Locale.JAPANESE)));
		if (fieldErrors.isEmpty()) {
			try {
				action.run();
				flash.addFlashAttribute("flash", done);
				return "redirect:/outreach/" + id;
			}
			catch (InvalidField ex) {
				fieldErrors.put(ex.field(), ex.getMessage());
			}
			catch (RuleViolation | AccessRefused ex) {
				flash.addFlashAttribute("outreachError", ex.getMessage());
			}
			catch (OptimisticLockingFailureException ex) {
				flash.addFlashAttribute("outreachError", "他の人が先に更新しました。最新の内容を確認してからやり直してください");
			}
		}
		if (!fieldErrors.isEmpty()) {
			flash.addFlashAttribute("fieldErrors", fieldErrors);
			flash.addFlashAttribute("errorForm", formName);
			flash.addFlashAttribute("outreachError", "入力を確認してください：" + String.join("／", fieldErrors.values()));
		}
		return "redirect:/outreach/" + id;
	}

	private static void required(BindingResult errors, String field, String value, String message) {
		if ((value == null || value.isBlank()) && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, "NotBlank", message);
		}
	}

	private static boolean isFormField(String field) {
		return java.util.Set.of("familyName", "givenName", "familyKana", "givenKana", "birthDate", "address", "source",
				"sourceDetail", "knownOn", "note", "nextContactOn").contains(field);
	}

	private Map<UUID, String> agencyNames() {
		Map<UUID, String> names = new LinkedHashMap<>();
		organization.agencies().forEach((Agency a) -> names.put(a.id().value(), a.name()));
		return names;
	}
}
