package jp.kasane.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.kasane.shared.ActorContext;
import jp.kasane.shared.InvalidField;
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
	private final AuditCheckpoints checkpoints;

	AuditController(AuditLog audit, AuditCheckpoints checkpoints) {
		this.audit = audit;
		this.checkpoints = checkpoints;
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
	String verifyPage(@RequestParam(required = false) String from, Model model) {
		model.addAttribute("entries", List.of());
		try {
			model.addAttribute("verification", audit.verify(VerifyFrom.parse(from)));
		}
		catch (InvalidField ex) {
			model.addAttribute("error", ex.getMessage());
		}
		return "audit/search";
	}

	@PostMapping("/audit/checkpoint")
	String checkpointPage(Model model) {
		model.addAttribute("entries", List.of());
		model.addAttribute("checkpointResult", checkpoint());
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
	@Operation(summary = "監査ログの鍵付きハッシュチェーンを検証",
			description = "from=genesis（既定）は最初の記録から全件、from=checkpoint はデータベースと一致する最後のチェックポイントの後から検証する。"
					+ "最新のチェックポイントの記録がデータベースにない・一致しない場合と、署名の合わないチェックポイント行は改ざんとして報告する")
	ChainVerification verify(@Parameter(description = "genesis または checkpoint", schema = @Schema(allowableValues = {
			"genesis", "checkpoint" })) @RequestParam(required = false) String from) {
		return audit.verify(VerifyFrom.parse(from));
	}

	@PostMapping(path = "/api/v1/audit/checkpoints", produces = "application/json")
	@ResponseBody
	@Operation(summary = "自団体の監査ログのチェックポイント（最後の連番と鍵付きハッシュ）を今すぐファイルとシステムログに記録")
	CheckpointAnswer checkpoint() {
		AuditCheckpoints.Result result = checkpoints.write(ActorContext.require().tenantId());
		return new CheckpointAnswer(result.outcome(), result.checkpoint(), switch (result.outcome()) {
			case WRITTEN -> "チェックポイントを記録しました";
			case UNCHANGED -> "前回のチェックポイントから記録は増えていません";
			case EMPTY -> "監査ログにまだ記録がありません";
			case REFUSED -> "最後のチェックポイントの記録がデータベースにないか一致しないため、記録しませんでした。検証してください";
			case BUSY -> "他のサーバーが記録中です。しばらくしてから再度お試しください";
		});
	}

	/** The outcome of an on-demand checkpoint, with a Japanese message. */
	record CheckpointAnswer(AuditCheckpoints.Outcome outcome, Checkpoint checkpoint, String message) {
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
