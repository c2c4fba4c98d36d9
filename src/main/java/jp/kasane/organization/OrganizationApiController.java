package jp.kasane.organization;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jp.kasane.shared.AgencyId;
import jp.kasane.shared.UserId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** REST API for the tenant, its agencies and staff accounts. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "organization", description = "実施主体・支援関係機関・職員アカウント")
class OrganizationApiController {

	private final OrganizationManagement organization;

	OrganizationApiController(OrganizationManagement organization) {
		this.organization = organization;
	}

	@GetMapping("/tenant")
	@Operation(summary = "ログイン中の実施主体")
	Tenant tenant() {
		return organization.currentTenant();
	}

	@PutMapping("/tenant")
	@Operation(summary = "実施主体の名称・種別・団体コードを訂正（システム管理者、検査数字を確認）")
	Tenant updateTenant(@Valid @RequestBody TenantForm form) {
		return organization.updateTenant(form);
	}

	@GetMapping("/tenant/program-facts")
	@Operation(summary = "事業の基礎数値（人口・18歳未満人口・サポートプラン件数）と、制度ルールの答え（新たな機能分の補助基準額、負担割合、こども家庭センターの類型）",
			description = "未入力の数値は missing に、入力すべき項目として示します。答えには理由・出典・版（ruleVersion）がつきます")
	ProgramAnswers programFacts() {
		return organization.programAnswers();
	}

	@PutMapping("/tenant/program-facts")
	@Operation(summary = "事業の基礎数値を設定（市町村担当課・システム管理者）。空欄は未入力")
	ProgramAnswers updateProgramFacts(@Valid @RequestBody ProgramFactsForm form) {
		return organization.updateProgramFacts(form);
	}

	@GetMapping("/agencies")
	@Operation(summary = "支援関係機関の一覧")
	List<Agency> agencies() {
		return organization.agencies();
	}

	@GetMapping("/agencies/{id}")
	@Operation(summary = "支援関係機関")
	Agency agency(@PathVariable String id) {
		return organization.agency(AgencyId.of(id));
	}

	@PostMapping("/agencies")
	@Operation(summary = "支援関係機関を登録（システム管理者）")
	ResponseEntity<Agency> createAgency(@Valid @RequestBody AgencyForm form) {
		Agency agency = organization.createAgency(form);
		return ResponseEntity.created(URI.create("/api/v1/agencies/" + agency.id())).body(agency);
	}

	@PutMapping("/agencies/{id}")
	@Operation(summary = "支援関係機関を更新（システム管理者）。version が古ければ 409")
	Agency updateAgency(@PathVariable String id, @Valid @RequestBody AgencyForm form) {
		return organization.updateAgency(AgencyId.of(id), form);
	}

	@GetMapping("/users")
	@Operation(summary = "職員アカウントの一覧（システム管理者）")
	List<UserAccount> users() {
		return organization.users();
	}

	@GetMapping("/users/{id}")
	@Operation(summary = "職員アカウント（システム管理者）")
	UserAccount user(@PathVariable String id) {
		return organization.user(UserId.of(id));
	}

	@PostMapping("/users")
	@Operation(summary = "職員アカウントを作成（システム管理者）")
	ResponseEntity<UserAccount> createUser(@Valid @RequestBody UserForm form) {
		UserAccount user = organization.createUser(form);
		return ResponseEntity.created(URI.create("/api/v1/users/" + user.id())).body(user);
	}

	@PutMapping("/users/{id}")
	@Operation(summary = "職員アカウントを更新（システム管理者）。password を送ると変更",
			description = "住民情報を閲覧できる役割（MUNICIPAL_STAFF・COORDINATOR・CASEWORKER）を新たに加えると、付与は提案として"
					+ "承認待ち（pendingRoles）になり、市町村担当課の別の職員が承認するまで有効になりません。自分自身への付与は 422 "
					+ "SELF_GRANT_FORBIDDEN。承認待ちの役割を外すと提案は取り下げられます")
	UserAccount updateUser(@PathVariable String id, @Valid @RequestBody UserForm form) {
		return organization.updateUser(UserId.of(id), form);
	}

	@PostMapping("/users/{id}/unlock")
	@Operation(summary = "ログイン試行の制限を解除（システム管理者）",
			description = "このアカウントについて、すべての端末（クライアントアドレス）で数えた失敗回数を消します。監査ログに記録されます")
	UserAccount unlockUser(@PathVariable String id) {
		return organization.unlockUser(UserId.of(id));
	}

	@GetMapping("/role-grants")
	@Operation(summary = "承認待ちの権限付与（システム管理者・市町村担当課）",
			description = "住民情報を閲覧できる役割の付与は、システム管理者の提案を市町村担当課の別の職員（提案者でも付与される本人でもない人）が承認して初めて有効になります（職務の分離）")
	List<PendingGrant> pendingGrants() {
		return organization.pendingGrants();
	}

	@PostMapping("/role-grants/{id}/confirm")
	@Operation(summary = "権限付与を承認（市町村担当課）",
			description = "役割がアカウントに加わります。提案者本人・付与される本人は承認できません（422 OWN_PROPOSAL / SELF_GRANT_FORBIDDEN）。"
					+ "判断済みなら 422 GRANT_ALREADY_DECIDED。監査ログに記録されます")
	UserAccount confirmGrant(@PathVariable String id) {
		return organization.confirmGrant(grantId(id));
	}

	@PostMapping("/role-grants/{id}/reject")
	@Operation(summary = "権限付与を却下（市町村担当課）", description = "役割は付与されません。承認と同じ人だけが却下できます。監査ログに記録されます")
	UserAccount rejectGrant(@PathVariable String id) {
		return organization.rejectGrant(grantId(id));
	}

	private static java.util.UUID grantId(String id) {
		try {
			return java.util.UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw new jp.kasane.shared.NotFoundException("role-grant", id);
		}
	}
}
