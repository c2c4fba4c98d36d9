package jp.kasane.organization;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jp.kasane.audit.AuditAction;
import jp.kasane.audit.AuditEvent;
import jp.kasane.audit.AuditLog;

import jp.kasane.shared.Actor;
import jp.kasane.shared.ActorContext;
import jp.kasane.shared.AgencyId;
import jp.kasane.shared.InvalidField;
import jp.kasane.shared.MunicipalityCode;
import jp.kasane.shared.NotFoundException;
import jp.kasane.shared.Role;
import jp.kasane.shared.RuleViolation;
import jp.kasane.shared.TenantId;
import jp.kasane.shared.UserId;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organization module's API: the current tenant, its agencies and its staff accounts.
 * Changes are for system administrators; every signed-in user may read the agency list (it is
 * needed to refer a person on).
 */
@Service
@Transactional
public class OrganizationManagement {

	/** Audit record types of account and configuration changes (ids only, like every audit entry). */
	static final String USER_ACCOUNT = "user-account", USER_PASSWORD = "user-password", ROLE_GRANT = "role-grant",
			AGENCY = "agency", TENANT = "tenant", PROGRAM_FACTS = "program-facts";

	private final Agencies agencies;
	private final UserAccounts users;
	private final PasswordEncoder passwords;
	private final JdbcClient jdbc;
	private final ProgramFactsRules programRules;
	private final RoleGrants grants;
	private final SignInThrottle throttle;
	private final AuditLog audit;
	private final Clock clock;

	OrganizationManagement(Agencies agencies, UserAccounts users, PasswordEncoder passwords, JdbcClient jdbc,
			ProgramFactsRules programRules, RoleGrants grants, SignInThrottle throttle, AuditLog audit, Clock clock) {
		this.programRules = programRules;
		this.grants = grants;
		this.throttle = throttle;
		this.audit = audit;
		this.clock = clock;
		this.agencies = agencies;
		this.users = users;
		this.passwords = passwords;
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Tenant currentTenant() {
		TenantId tenant = ActorContext.require().tenantId();
		return jdbc.sql("SELECT * FROM tenant WHERE id = ?").param(tenant.value()).query((rs, n) -> {
			String code = rs.getString("municipality_code");
			return new Tenant(tenant, TenantKind.valueOf(rs.getString("kind")), rs.getString("name"),
					code == null ? null : MunicipalityCode.parse(code));
		}).single();
	}

	/** Corrects the current tenant's name, kind and 全国地方公共団体コード (check digit verified). */
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	public Tenant updateTenant(TenantForm form) {
		MunicipalityCode code;
		try {
			code = form.municipalityCode() == null || form.municipalityCode().isBlank() ? null
					: MunicipalityCode.parse(form.municipalityCode());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidField("municipalityCode", ex.getMessage());
		}
		Tenant tenant = new Tenant(tenant(), form.kind(), form.name().strip(), code);
		jdbc.sql("UPDATE tenant SET kind = ?, name = ?, municipality_code = ? WHERE id = ?")
			.params(tenant.kind().name(), tenant.name(), code == null ? null : code.value(), tenant.id().value())
			.update();
		audit.record(new AuditEvent(AuditAction.UPDATE, TENANT, tenant.id().toString(), null, basis(ActorContext.require())));
		return currentTenant();
	}

	/** The municipality's facts for the program rules (事業の基礎数値), each null until entered. */
	@Transactional(readOnly = true)
	public ProgramFacts programFacts() {
		return jdbc.sql("SELECT population, child_population, support_plans, version FROM tenant_program_facts WHERE tenant_id = ?")
			.param(tenant().value())
			.query((rs, n) -> new ProgramFacts(rs.getObject("population", Integer.class),
					rs.getObject("child_population", Integer.class), rs.getObject("support_plans", Integer.class),
					rs.getInt("version")))
			.optional()
			.orElse(ProgramFacts.none());
	}

	/** The facts with the answers of the rules that need them (基準額, 負担割合, こども家庭センターの類型 …). */
	@Transactional(readOnly = true)
	public ProgramAnswers programAnswers() {
		return programRules.answer(programFacts());
	}

	/**
	 * Sets the municipality's facts (empty = not known); for the municipality's staff and the system administrator.
	 * An 18歳未満人口 above the population is refused on that field; a save over facts changed since
	 * {@code form.version()} was read is refused with {@link OptimisticLockingFailureException} (409 STALE_VERSION).
	 */
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'MUNICIPAL_STAFF')")
	public ProgramAnswers updateProgramFacts(ProgramFactsForm form) {
		if (form.population() != null && form.childPopulation() != null && form.childPopulation() > form.population()) {
			throw new InvalidField("childPopulation", "18歳未満人口が人口を超えています。人口と18歳未満人口を確かめてください");
		}
		int updated = jdbc.sql("""
				UPDATE tenant_program_facts SET population = ?, child_population = ?, support_plans = ?,
					version = version + 1, updated_at = now()
				 WHERE tenant_id = ? AND version = ?""")
			.params(form.population(), form.childPopulation(), form.supportPlans(), tenant().value(), form.version())
			.update();
		if (updated == 0) {
			// No row at that version: either the facts were never saved (version 0), or someone saved first.
			int inserted = form.version() != 0 ? 0 : jdbc.sql("""
					INSERT INTO tenant_program_facts (tenant_id, population, child_population, support_plans, version, updated_at)
					VALUES (?, ?, ?, ?, 1, now())
					ON CONFLICT (tenant_id) DO NOTHING""")
				.params(tenant().value(), form.population(), form.childPopulation(), form.supportPlans())
				.update();
			if (inserted == 0) {
				throw new OptimisticLockingFailureException("tenant_program_facts changed since version " + form.version());
			}
		}
		audit.record(new AuditEvent(AuditAction.UPDATE, PROGRAM_FACTS, tenant().toString(), null, basis(ActorContext.require())));
		return programAnswers();
	}

	/** Provisions a new implementing body; used by the demo town and by operators. */
	public TenantId provisionTenant(TenantKind kind, String name, MunicipalityCode code) {
		Tenant tenant = new Tenant(TenantId.random(), kind, name, code);
		if (code != null && jdbc.sql("SELECT * FROM find_tenant_by_code(?)").param(code.value()).query(java.util.UUID.class).optional().isPresent()) {
			throw new RuleViolation("TENANT_EXISTS", "団体コード " + code.value() + " の実施主体は登録済みです");
		}
		jdbc.sql("SELECT provision_tenant(?, ?, ?, ?)")
			.params(tenant.id().value(), kind.name(), name, code == null ? null : code.value())
			.query((rs, n) -> 1)
			.list();
		return tenant.id();
	}

	@Transactional(readOnly = true)
	public List<Agency> agencies() {
		return agencies.all(tenant());
	}

	@Transactional(readOnly = true)
	public Agency agency(AgencyId id) {
		return agencies.find(tenant(), id).orElseThrow(() -> new NotFoundException("agency", id.toString()));
	}

	@Transactional(readOnly = true)
	public Optional<String> agencyName(AgencyId id) {
		return agencies.find(tenant(), id).map(Agency::name);
	}

	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	public Agency createAgency(AgencyForm form) {
		Agency agency = toAgency(AgencyId.random(), form, 0);
		AgencyRules.check(agency, agencies.hasBasicOrIntegratedHub(tenant()));
		agencies.insert(agency);
		audit.record(new AuditEvent(AuditAction.CREATE, AGENCY, agency.id().toString(), null, basis(ActorContext.require())));
		return agency;
	}

	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	public Agency updateAgency(AgencyId id, AgencyForm form) {
		Agency current = agency(id);
		Agency changed = toAgency(id, form, form.version() == null ? current.version() : form.version());
		AgencyRules.check(changed, agencies.hasBasicOrIntegratedHub(tenant()));
		agencies.update(changed);
		audit.record(new AuditEvent(AuditAction.UPDATE, AGENCY, id.toString(), null, basis(ActorContext.require())));
		return agency(id);
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	public List<UserAccount> users() {
		return users.all(tenant());
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	public UserAccount user(UserId id) {
		return users.find(tenant(), id).orElseThrow(() -> new NotFoundException("user", id.toString()));
	}

	/**
	 * Creates an account. Roles that read no resident data are given at once; a resident-reading role is only
	 * proposed ({@link #pendingGrants()}) until municipal staff confirm it (職務の分離, {@link GrantPolicy}).
	 */
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	public UserAccount createUser(UserForm form) {
		Actor me = ActorContext.require();
		UserAccount account = newAccount(form, direct(form.roles()));
		audit.record(new AuditEvent(AuditAction.CREATE, USER_ACCOUNT, account.id().toString(), null, basis(me)));
		proposeAll(me, account.id(), confirmable(form.roles()));
		return user(account.id());
	}

	/**
	 * Provisioning (初期設定): creates an account with all its roles at once, for the demo town and for an operator
	 * setting up a new tenant, when nobody could confirm yet. There is no HTTP endpoint for it, and a person signed in
	 * over HTTP cannot call it. Audited like every account change.
	 */
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	public UserAccount provisionUser(UserForm form) {
		if (SecurityContextHolder.getContext().getAuthentication() != null
				&& SecurityContextHolder.getContext().getAuthentication().getPrincipal() instanceof SignedInUser) {
			throw new RuleViolation("PROVISIONING_ONLY", "初期設定のアカウント作成は、ログイン中の利用者からは行えません");
		}
		UserAccount account = newAccount(form, form.roles());
		audit.record(new AuditEvent(AuditAction.CREATE, USER_ACCOUNT, account.id().toString(), null, "PROVISIONING"));
		return account;
	}

	/**
	 * Changes an account. Removing a role, or giving one that reads no resident data, takes effect at once; adding a
	 * resident-reading role proposes it; unticking a role still waiting for confirmation withdraws the proposal.
	 * Nobody may add a resident-reading role to their own account ({@code SELF_GRANT_FORBIDDEN}).
	 */
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	public UserAccount updateUser(UserId id, UserForm form) {
		UserAccount current = user(id);
		Actor me = ActorContext.require();
		if (me.userId().equals(id) && (!form.enabled() || !form.roles().contains(Role.SYSTEM_ADMIN))) {
			throw new RuleViolation("SELF_LOCKOUT", "自分自身の管理者権限を外したり、無効にしたりすることはできません");
		}
		Set<Role> added = EnumSet.noneOf(Role.class);
		added.addAll(form.roles());
		added.removeAll(current.roles());
		Set<Role> toPropose = confirmable(added);
		toPropose.removeAll(current.pendingRoles());
		for (Role role : toPropose) {
			GrantPolicy.mayPropose(me, id, role).ifPresent(refusal -> {
				throw refusal;
			});
		}
		Set<Role> roles = EnumSet.noneOf(Role.class);
		roles.addAll(current.roles());
		roles.retainAll(form.roles());
		roles.addAll(direct(added));
		UserAccount changed = new UserAccount(id, current.tenantId(), existingAgency(form), current.username(),
				form.displayName(), roles, current.pendingRoles(), form.enabled(), current.throttled(),
				form.version() == null ? current.version() : form.version());
		users.update(changed);
		audit.record(new AuditEvent(AuditAction.UPDATE, USER_ACCOUNT, id.toString(), null, basis(me)));
		if (!roles.equals(current.roles())) {
			audit.record(new AuditEvent(AuditAction.UPDATE, ROLE_GRANT, id.toString(), null, basis(me)));
		}
		Instant now = clock.instant();
		for (RoleGrant pending : grants.pendingFor(tenant(), id)) {
			if (!form.roles().contains(pending.role()) && grants.decide(tenant(), pending.id(), RoleGrant.Status.WITHDRAWN, me.userId(), now)) {
				audit.record(new AuditEvent(AuditAction.WITHDRAW, ROLE_GRANT, pending.id().toString(), null, basis(me)));
			}
		}
		proposeAll(me, id, toPropose);
		if (form.password() != null && !form.password().isBlank()) {
			users.changePassword(tenant(), id, passwords.encode(form.password()));
			audit.record(new AuditEvent(AuditAction.UPDATE, USER_PASSWORD, id.toString(), null, basis(me)));
		}
		return user(id);
	}

	/** Grants of resident-reading roles waiting for a second person, oldest first. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'MUNICIPAL_STAFF')")
	public List<PendingGrant> pendingGrants() {
		return grants.pending(tenant());
	}

	/** 承認: the role takes effect. Only municipal staff who neither proposed it nor would receive it. */
	@PreAuthorize("hasRole('MUNICIPAL_STAFF')")
	public UserAccount confirmGrant(UUID grantId) {
		RoleGrant grant = decide(grantId, RoleGrant.Status.CONFIRMED);
		users.addRole(tenant(), grant.user(), grant.role());
		audit.record(new AuditEvent(AuditAction.CONFIRM, ROLE_GRANT, grantId.toString(), null, "MUNICIPAL_STAFF"));
		return users.find(tenant(), grant.user()).orElseThrow();
	}

	/** 却下: the role is not given. Same people as for confirming. */
	@PreAuthorize("hasRole('MUNICIPAL_STAFF')")
	public UserAccount rejectGrant(UUID grantId) {
		RoleGrant grant = decide(grantId, RoleGrant.Status.REJECTED);
		audit.record(new AuditEvent(AuditAction.REJECT, ROLE_GRANT, grantId.toString(), null, "MUNICIPAL_STAFF"));
		return users.find(tenant(), grant.user()).orElseThrow();
	}

	/**
	 * ロック解除: clears the failed sign-ins of the account at every client address, so that it may sign in at once.
	 * Failures counted for an address as a whole are left (they are not this account's).
	 */
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	public UserAccount unlockUser(UserId id) {
		UserAccount account = user(id);
		throttle.clear(account.username());
		audit.record(new AuditEvent(AuditAction.UNLOCK, USER_ACCOUNT, id.toString(), null, basis(ActorContext.require())));
		return user(id);
	}

	private RoleGrant decide(UUID grantId, RoleGrant.Status decision) {
		Actor me = ActorContext.require();
		RoleGrant grant = grants.find(tenant(), grantId).orElseThrow(() -> new NotFoundException("role-grant", grantId.toString()));
		GrantPolicy.mayDecide(me, grant).ifPresent(refusal -> {
			throw refusal;
		});
		if (!grants.decide(tenant(), grantId, decision, me.userId(), clock.instant())) {
			throw new RuleViolation("GRANT_ALREADY_DECIDED", "この権限付与はすでに承認・却下・取り下げ済みです");
		}
		return grant;
	}

	private UserAccount newAccount(UserForm form, Set<Role> roles) {
		if (form.password() == null || form.password().isBlank()) {
			throw new RuleViolation("PASSWORD_REQUIRED", "初期パスワードを入力してください");
		}
		if (users.usernameTaken(form.username())) {
			throw new RuleViolation("USERNAME_TAKEN", "このログインIDは使われています");
		}
		AgencyId agency = existingAgency(form);
		UserAccount account = new UserAccount(UserId.random(), tenant(), agency, form.username(), form.displayName(),
				roles, Set.of(), form.enabled(), false, 0);
		users.insert(account, passwords.encode(form.password()));
		return account;
	}

	private void proposeAll(Actor me, UserId grantee, Set<Role> roles) {
		for (Role role : roles) {
			GrantPolicy.mayPropose(me, grantee, role).ifPresent(refusal -> {
				throw refusal;
			});
			RoleGrant grant = new RoleGrant(UUID.randomUUID(), grantee, role, RoleGrant.Status.PENDING, me.userId(),
					clock.instant(), null, null);
			grants.propose(tenant(), grant);
			audit.record(new AuditEvent(AuditAction.PROPOSE, ROLE_GRANT, grant.id().toString(), null, basis(me)));
		}
	}

	private static Set<Role> confirmable(Set<Role> roles) {
		Set<Role> out = EnumSet.noneOf(Role.class);
		roles.stream().filter(GrantPolicy::needsConfirmation).forEach(out::add);
		return out;
	}

	private static Set<Role> direct(Set<Role> roles) {
		Set<Role> out = EnumSet.noneOf(Role.class);
		roles.stream().filter(r -> !GrantPolicy.needsConfirmation(r)).forEach(out::add);
		return out;
	}

	/** The authority an account change rests on, for the audit entry. */
	private static String basis(Actor me) {
		return me.has(Role.SYSTEM_ADMIN) ? "SYSTEM_ADMIN" : "MUNICIPAL_STAFF";
	}

	private AgencyId existingAgency(UserForm form) {
		return agency(new AgencyId(form.agencyId())).id();
	}

	private Agency toAgency(AgencyId id, AgencyForm form, int version) {
		return new Agency(id, tenant(), form.name().strip(), form.kind(), form.fields(), form.hubType(), form.contracted(),
				form.contracted() ? blankToNull(form.contractorName()) : null, blankToNull(form.address()),
				blankToNull(form.phone()), form.active(), version);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static TenantId tenant() {
		return ActorContext.require().tenantId();
	}
}
