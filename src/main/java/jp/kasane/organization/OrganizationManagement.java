package jp.kasane.organization;

import java.util.List;
import java.util.Optional;

import jp.kasane.shared.Actor;
import jp.kasane.shared.ActorContext;
import jp.kasane.shared.AgencyId;
import jp.kasane.shared.InvalidField;
import jp.kasane.shared.MunicipalityCode;
import jp.kasane.shared.NotFoundException;
import jp.kasane.shared.RuleViolation;
import jp.kasane.shared.TenantId;
import jp.kasane.shared.UserId;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
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

	private final Agencies agencies;
	private final UserAccounts users;
	private final PasswordEncoder passwords;
	private final JdbcClient jdbc;
	private final ProgramFactsRules programRules;

	OrganizationManagement(Agencies agencies, UserAccounts users, PasswordEncoder passwords, JdbcClient jdbc,
			ProgramFactsRules programRules) {
		this.programRules = programRules;
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
		return agency;
	}

	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	public Agency updateAgency(AgencyId id, AgencyForm form) {
		Agency current = agency(id);
		Agency changed = toAgency(id, form, form.version() == null ? current.version() : form.version());
		AgencyRules.check(changed, agencies.hasBasicOrIntegratedHub(tenant()));
		agencies.update(changed);
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

	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	public UserAccount createUser(UserForm form) {
		if (form.password() == null || form.password().isBlank()) {
			throw new RuleViolation("PASSWORD_REQUIRED", "初期パスワードを入力してください");
		}
		if (users.usernameTaken(form.username())) {
			throw new RuleViolation("USERNAME_TAKEN", "このログインIDは使われています");
		}
		AgencyId agency = existingAgency(form);
		UserAccount account = new UserAccount(UserId.random(), tenant(), agency, form.username(), form.displayName(),
				form.roles(), form.enabled(), false, 0);
		users.insert(account, passwords.encode(form.password()));
		return account;
	}

	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	public UserAccount updateUser(UserId id, UserForm form) {
		UserAccount current = user(id);
		Actor me = ActorContext.require();
		if (me.userId().equals(id) && (!form.enabled() || !form.roles().contains(jp.kasane.shared.Role.SYSTEM_ADMIN))) {
			throw new RuleViolation("SELF_LOCKOUT", "自分自身の管理者権限を外したり、無効にしたりすることはできません");
		}
		UserAccount changed = new UserAccount(id, current.tenantId(), existingAgency(form), current.username(),
				form.displayName(), form.roles(), form.enabled(), form.locked() && current.locked(),
				form.version() == null ? current.version() : form.version());
		users.update(changed);
		if (form.password() != null && !form.password().isBlank()) {
			users.changePassword(tenant(), id, passwords.encode(form.password()));
		}
		return user(id);
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
