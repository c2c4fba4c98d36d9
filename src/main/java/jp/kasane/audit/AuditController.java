package jp.kasane.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The auditor's page and API: search the log and verify its chain. */
@Controller
@PreAuthorize("hasRole('AUDITOR')")
@Tag(name = "audit", description = "監査ログの検索と改ざん検証（監査担当）")
class AuditController {

	private final AuditLog audit;

	AuditController(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping("/audit")
	String page(@RequestParam(required = false) String person, @RequestParam(required = false) String user,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
		model.addAttribute("person", person);
		model.addAttribute("user", user);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		try {
			model.addAttribute("entries", audit.search(uuid(person), user, date(from), date(to)));
		}
		catch (IllegalArgumentException ex) {
			model.addAttribute("entries", List.of());
			model.addAttribute("error", "検索条件の形式が正しくありません（人のIDは UUID、日付は YYYY-MM-DD）");
		}
		return "audit/search";
	}

	@PostMapping("/audit/verify")
	String verifyPage(Model model) {
		model.addAttribute("verification", audit.verify());
		model.addAttribute("entries", List.of());
		return "audit/search";
	}

	@GetMapping(path = "/api/v1/audit/entries", produces = "application/json")
	@ResponseBody
	@Operation(summary = "監査ログを人・職員（ログインID）・期間で検索（新しい順に最大500件）")
	List<AuditEntry> entries(@RequestParam(required = false) UUID person, @RequestParam(required = false) String user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return audit.search(person, user, from, to);
	}

	@GetMapping(path = "/api/v1/audit/verify", produces = "application/json")
	@ResponseBody
	@Operation(summary = "監査ログのハッシュチェーンを検証")
	ChainVerification verify() {
		return audit.verify();
	}

	private static UUID uuid(String text) {
		return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
	}

	private static LocalDate date(String text) {
		try {
			return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new IllegalArgumentException(ex);
		}
	}
}
