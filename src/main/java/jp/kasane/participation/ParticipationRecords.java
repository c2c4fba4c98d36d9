package jp.kasane.participation;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jp.kasane.shared.PersonId;
import jp.kasane.shared.TenantId;
import jp.kasane.shared.UserId;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Hosts, menus, needs, placements, follow-ups and 謝礼 of the current tenant. */
@Repository
class ParticipationRecords {

	private static final String MENU_SELECT = """
			SELECT m.*, h.name AS host_name,
			       (SELECT count(*) FROM participation_placement p
			         WHERE p.tenant_id = m.tenant_id AND p.menu_id = m.id AND p.status IN ('TRIAL', 'ACTIVE', 'SETTLED')) AS placed
			  FROM participation_menu m JOIN participation_host h ON h.tenant_id = m.tenant_id AND h.id = m.host_id
			 WHERE m.tenant_id = ?""";

	private static final String PLACEMENT_SELECT = """
			SELECT p.*, m.title AS menu_title, h.name AS host_name
			  FROM participation_placement p
			  JOIN participation_menu m ON m.tenant_id = p.tenant_id AND m.id = p.menu_id
			  JOIN participation_host h ON h.tenant_id = p.tenant_id AND h.id = p.host_id
			 WHERE p.tenant_id = ?""";

	private final JdbcClient jdbc;

	ParticipationRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// --- hosts and menus -------------------------------------------------------------------------

	List<Host> hosts(TenantId tenant) {
		Map<UUID, List<Menu>> menus = menus(tenant).stream().collect(Collectors.groupingBy(Menu::hostId));
		return jdbc.sql("SELECT * FROM participation_host WHERE tenant_id = ? ORDER BY area, name")
			.param(tenant.value())
			.query((rs, n) -> host(rs, menus.getOrDefault(rs.getObject("id", UUID.class), List.of())))
			.list();
	}

	Optional<Host> host(TenantId tenant, UUID id) {
		List<Menu> menus = menus(tenant).stream().filter(m -> m.hostId().equals(id)).toList();
		return jdbc.sql("SELECT * FROM participation_host WHERE tenant_id = ? AND id = ?")
			.params(tenant.value(), id)
			.query((rs, n) -> host(rs, menus))
			.optional();
	}

	void insertHost(TenantId tenant, UUID id, ParticipationForms.HostForm form) {
		jdbc.sql("""
				INSERT INTO participation_host (tenant_id, id, name, kind, contact_name, phone, area, address, notes)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(tenant.value(), id, form.name().strip(), form.kind().name(), blankToNull(form.contactName()),
					blankToNull(form.phone()), form.area().strip(), blankToNull(form.address()), blankToNull(form.notes()))
			.update();
	}

	void updateHost(TenantId tenant, UUID id, ParticipationForms.HostForm form, int expectedVersion) {
		int rows = jdbc.sql("""
				UPDATE participation_host SET name = ?, kind = ?, contact_name = ?, phone = ?, area = ?, address = ?, notes = ?,
				       version = version + 1
				 WHERE tenant_id = ? AND id = ? AND version = ?""")
			.params(form.name().strip(), form.kind().name(), blankToNull(form.contactName()), blankToNull(form.phone()),
					form.area().strip(), blankToNull(form.address()), blankToNull(form.notes()), tenant.value(), id,
					expectedVersion)
			.update();
		if (rows == 0) {
			throw new OptimisticLockingFailureException("host " + id + " changed concurrently");
		}
	}

	List<Menu> menus(TenantId tenant) {
		return jdbc.sql(MENU_SELECT + " ORDER BY m.title, m.id").param(tenant.value()).query((rs, n) -> menu(rs)).list();
	}

	Optional<Menu> menu(TenantId tenant, UUID id) {
		return jdbc.sql(MENU_SELECT + " AND m.id = ?").params(tenant.value(), id).query((rs, n) -> menu(rs)).optional();
	}

	/** Locks the menu's row until the transaction ends, so two people cannot take its last place at once. */
	/** Locks a placement until the transaction ends: changes that read its 謝礼 before adding one go in turn. */
	void lockPlacement(TenantId tenant, UUID id) {
		jdbc.sql("SELECT id FROM participation_placement WHERE tenant_id = ? AND id = ? FOR UPDATE")
			.params(tenant.value(), id)
			.query(UUID.class)
			.optional();
	}

	void lockMenu(TenantId tenant, UUID id) {
		jdbc.sql("SELECT id FROM participation_menu WHERE tenant_id = ? AND id = ? FOR UPDATE")
			.params(tenant.value(), id)
			.query(UUID.class)
			.optional();
	}

	void insertMenu(TenantId tenant, UUID hostId, UUID id, ParticipationForms.MenuForm form) {
		jdbc.sql("""
				INSERT INTO participation_menu (tenant_id, id, host_id, kind, title, tasks, conditions, short_hours, transport,
				                                remote, days, hours, area, capacity, interests, place_id, active)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS text[]), ?, ?, ?, CAST(? AS text[]), ?, ?)""")
			.params(tenant.value(), id, hostId, form.kind().name(), form.title().strip(), form.tasks().strip(),
					blankToNull(form.conditions()), form.shortHours(), form.transport(), form.remote(), names(form.days()),
					blankToNull(form.hours()), form.area().strip(), form.capacity(), names(form.interests()), form.placeId(),
					form.active())
			.update();
	}

	void updateMenu(TenantId tenant, UUID id, ParticipationForms.MenuForm form, int expectedVersion) {
		int rows = jdbc.sql("""
				UPDATE participation_menu SET kind = ?, title = ?, tasks = ?, conditions = ?, short_hours = ?, transport = ?,
				       remote = ?, days = CAST(? AS text[]), hours = ?, area = ?, capacity = ?, interests = CAST(? AS text[]),
				       place_id = ?, active = ?, version = version + 1
				 WHERE tenant_id = ? AND id = ? AND version = ?""")
			.params(form.kind().name(), form.title().strip(), form.tasks().strip(), blankToNull(form.conditions()),
					form.shortHours(), form.transport(), form.remote(), names(form.days()), blankToNull(form.hours()),
					form.area().strip(), form.capacity(), names(form.interests()), form.placeId(), form.active(),
					tenant.value(), id, expectedVersion)
			.update();
		if (rows == 0) {
			throw new OptimisticLockingFailureException("menu " + id + " changed concurrently");
		}
	}

	// --- needs -----------------------------------------------------------------------------------

	Optional<Needs> needs(TenantId tenant, PersonId person) {
		return jdbc.sql("SELECT * FROM participation_needs WHERE tenant_id = ? AND person_id = ?")
			.params(tenant.value(), person.value())
			.query((rs, n) -> new Needs(person.value(), interests(rs.getArray("interests")), rs.getString("area"),
					texts(rs.getArray("reachable_areas")), days(rs.getArray("days")), rs.getBoolean("short_hours"),
					rs.getBoolean("transport"), rs.getString("notes"), rs.getObject("updated_on", LocalDate.class)))
			.optional();
	}

	void saveNeeds(TenantId tenant, PersonId person, ParticipationForms.NeedsForm form, LocalDate today) {
		jdbc.sql("""
				INSERT INTO participation_needs (tenant_id, person_id, interests, area, reachable_areas, days, short_hours,
				                                 transport, notes, updated_on)
				VALUES (?, ?, CAST(? AS text[]), ?, CAST(? AS text[]), CAST(? AS text[]), ?, ?, ?, ?)
				ON CONFLICT (tenant_id, person_id) DO UPDATE SET interests = EXCLUDED.interests, area = EXCLUDED.area,
				       reachable_areas = EXCLUDED.reachable_areas, days = EXCLUDED.days, short_hours = EXCLUDED.short_hours,
				       transport = EXCLUDED.transport, notes = EXCLUDED.notes, updated_on = EXCLUDED.updated_on""")
			.params(tenant.value(), person.value(), names(form.interests()), form.area().strip(), literal(form.reachableAreas()),
					names(form.days()), form.shortHours(), form.transport(), blankToNull(form.notes()), today)
			.update();
	}

	// --- placements ------------------------------------------------------------------------------

	List<Placement> placementsOf(TenantId tenant, PersonId person) {
		return jdbc.sql(PLACEMENT_SELECT + " AND p.person_id = ? ORDER BY p.start_on DESC, p.id")
			.params(tenant.value(), person.value())
			.query((rs, n) -> placement(rs))
			.list()
			.stream()
			.map(p -> withDetails(tenant, p))
			.toList();
	}

	Optional<Placement> placement(TenantId tenant, UUID id) {
		return jdbc.sql(PLACEMENT_SELECT + " AND p.id = ?")
			.params(tenant.value(), id)
			.query((rs, n) -> placement(rs))
			.optional()
			.map(p -> withDetails(tenant, p));
	}

	/** Placements not ended, without their follow-ups (for lists). */
	List<Placement> openPlacements(TenantId tenant) {
		return jdbc.sql(PLACEMENT_SELECT + " AND p.status <> 'ENDED' ORDER BY p.start_on, p.id")
			.param(tenant.value())
			.query((rs, n) -> placement(rs))
			.list();
	}

	void insertPlacement(TenantId tenant, UUID id, PersonId person, UUID caseId, Menu menu, LocalDate startOn,
			boolean earlyStart, UserId by) {
		jdbc.sql("""
				INSERT INTO participation_placement (tenant_id, id, person_id, case_id, menu_id, host_id, status, start_on,
				                                     early_start, created_by)
				VALUES (?, ?, ?, ?, ?, ?, 'PROPOSED', ?, ?, ?)""")
			.params(tenant.value(), id, person.value(), caseId, menu.id(), menu.hostId(), startOn, earlyStart, by.value())
			.update();
	}

	void updatePlacement(TenantId tenant, UUID id, PlacementStatus status, LocalDate activeSince, LocalDate endedOn,
			String endReason, int expectedVersion) {
		int rows = jdbc.sql("""
				UPDATE participation_placement SET status = ?, active_since = ?, ended_on = ?, end_reason = ?, version = version + 1
				 WHERE tenant_id = ? AND id = ? AND version = ?""")
			.params(status.name(), activeSince, endedOn, endReason, tenant.value(), id, expectedVersion)
			.update();
		if (rows == 0) {
			throw new OptimisticLockingFailureException("placement " + id + " changed concurrently");
		}
	}

	// --- follow-ups and 謝礼 ---------------------------------------------------------------------

	void insertFollowUp(TenantId tenant, UUID placementId, FollowUpKind kind, LocalDate dueOn) {
		jdbc.sql("""
				INSERT INTO participation_follow_up (tenant_id, id, placement_id, kind, due_on, state)
				VALUES (?, ?, ?, ?, ?, 'PLANNED')""")
			.params(tenant.value(), UUID.randomUUID(), placementId, kind.name(), dueOn)
			.update();
	}

	Optional<FollowUp> followUp(TenantId tenant, UUID id) {
		return jdbc.sql("SELECT * FROM participation_follow_up WHERE tenant_id = ? AND id = ?")
			.params(tenant.value(), id)
			.query((rs, n) -> followUp(rs))
			.optional();
	}

	/** Records a planned follow-up; 0 when it is no longer planned (recorded or called off meanwhile). */
	int recordFollowUp(TenantId tenant, UUID id, ParticipationForms.FollowUpRecord form, UserId by) {
		return jdbc.sql("""
				UPDATE participation_follow_up SET state = 'DONE', done_on = ?, with_whom = ?, notes = ?, recorded_by = ?
				 WHERE tenant_id = ? AND id = ? AND state = 'PLANNED'""")
			.params(form.doneOn(), form.withWhom().name(), form.notes().strip(), by.value(), tenant.value(), id)
			.update();
	}

	void cancelPlanned(TenantId tenant, UUID placementId) {
		jdbc.sql("UPDATE participation_follow_up SET state = 'CANCELLED' WHERE tenant_id = ? AND placement_id = ? AND state = 'PLANNED'")
			.params(tenant.value(), placementId)
			.update();
	}

	void insertHonorarium(TenantId tenant, Placement placement, ParticipationForms.HonorariumForm form, LocalDate today, UserId by) {
		jdbc.sql("""
				INSERT INTO participation_honorarium (tenant_id, id, placement_id, host_id, amount_yen, period_from, period_to,
				                                      basis, recorded_on, recorded_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(tenant.value(), UUID.randomUUID(), placement.id(), placement.hostId(), form.amountYen(), form.periodFrom(),
					form.periodTo(), form.basis().strip(), today, by.value())
			.update();
	}

	/** Planned follow-ups due on or before {@code until}, oldest first. */
	List<DueFollowUp> dueFollowUps(TenantId tenant, LocalDate until) {
		return jdbc.sql("""
				SELECT f.id, f.placement_id, p.person_id, m.title, h.name, f.kind, f.due_on
				  FROM participation_follow_up f
				  JOIN participation_placement p ON p.tenant_id = f.tenant_id AND p.id = f.placement_id
				  JOIN participation_menu m ON m.tenant_id = p.tenant_id AND m.id = p.menu_id
				  JOIN participation_host h ON h.tenant_id = p.tenant_id AND h.id = p.host_id
				 WHERE f.tenant_id = ? AND f.state = 'PLANNED' AND f.due_on <= ?
				 ORDER BY f.due_on, f.id LIMIT 200""")
			.params(tenant.value(), until)
			.query((rs, n) -> new DueFollowUp(rs.getObject("id", UUID.class), rs.getObject("placement_id", UUID.class),
					rs.getObject("person_id", UUID.class), rs.getString("title"), rs.getString("name"),
					FollowUpKind.valueOf(rs.getString("kind")), rs.getObject("due_on", LocalDate.class)))
			.list();
	}

	// --- mapping ---------------------------------------------------------------------------------

	private Placement withDetails(TenantId tenant, Placement p) {
		List<FollowUp> followUps = jdbc.sql("SELECT * FROM participation_follow_up WHERE tenant_id = ? AND placement_id = ? ORDER BY due_on, id")
			.params(tenant.value(), p.id())
			.query((rs, n) -> followUp(rs))
			.list();
		List<Honorarium> honoraria = jdbc.sql("SELECT * FROM participation_honorarium WHERE tenant_id = ? AND placement_id = ? ORDER BY period_from, id")
			.params(tenant.value(), p.id())
			.query((rs, n) -> new Honorarium(rs.getObject("id", UUID.class), p.id(), rs.getObject("host_id", UUID.class),
					rs.getInt("amount_yen"), rs.getObject("period_from", LocalDate.class),
					rs.getObject("period_to", LocalDate.class), rs.getString("basis"),
					rs.getObject("recorded_on", LocalDate.class)))
			.list();
		return new Placement(p.id(), p.personId(), p.caseId(), p.menuId(), p.menuTitle(), p.hostId(), p.hostName(), p.status(),
				p.startOn(), p.activeSince(), p.endedOn(), p.endReason(), p.earlyStart(), p.version(), followUps, honoraria);
	}

	private static Placement placement(ResultSet rs) throws SQLException {
		return new Placement(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
				rs.getObject("case_id", UUID.class), rs.getObject("menu_id", UUID.class), rs.getString("menu_title"),
				rs.getObject("host_id", UUID.class), rs.getString("host_name"), PlacementStatus.valueOf(rs.getString("status")),
				rs.getObject("start_on", LocalDate.class), rs.getObject("active_since", LocalDate.class),
				rs.getObject("ended_on", LocalDate.class), rs.getString("end_reason"), rs.getBoolean("early_start"),
				rs.getInt("version"), List.of(), List.of());
	}

	private static FollowUp followUp(ResultSet rs) throws SQLException {
		String withWhom = rs.getString("with_whom");
		return new FollowUp(rs.getObject("id", UUID.class), rs.getObject("placement_id", UUID.class),
				FollowUpKind.valueOf(rs.getString("kind")), rs.getObject("due_on", LocalDate.class), rs.getString("state"),
				rs.getObject("done_on", LocalDate.class), withWhom == null ? null : WithWhom.valueOf(withWhom),
				rs.getString("notes"));
	}

	private static Host host(ResultSet rs, List<Menu> menus) throws SQLException {
		return new Host(rs.getObject("id", UUID.class), rs.getString("name"), HostKind.valueOf(rs.getString("kind")),
				rs.getString("contact_name"), rs.getString("phone"), rs.getString("area"), rs.getString("address"),
				rs.getString("notes"), rs.getInt("version"), menus);
	}

	private static Menu menu(ResultSet rs) throws SQLException {
		return new Menu(rs.getObject("id", UUID.class), rs.getObject("host_id", UUID.class), rs.getString("host_name"),
				MenuKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("tasks"), rs.getString("conditions"),
				rs.getBoolean("short_hours"), rs.getBoolean("transport"), rs.getBoolean("remote"), days(rs.getArray("days")),
				rs.getString("hours"), rs.getString("area"), rs.getInt("capacity"), rs.getInt("placed"),
				interests(rs.getArray("interests")), rs.getObject("place_id", UUID.class), rs.getBoolean("active"),
				rs.getInt("version"));
	}

	private static List<String> texts(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	private static Set<DayOfWeek> days(Array array) throws SQLException {
		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		texts(array).forEach(d -> days.add(DayOfWeek.valueOf(d)));
		return days;
	}

	private static Set<Interest> interests(Array array) throws SQLException {
		Set<Interest> interests = EnumSet.noneOf(Interest.class);
		texts(array).forEach(i -> interests.add(Interest.valueOf(i)));
		return interests;
	}

	private static String names(Collection<? extends Enum<?>> values) {
		List<String> names = new ArrayList<>();
		values.stream().map(Enum::name).sorted().forEach(names::add);
		return literal(names);
	}

	/** A PostgreSQL array literal with every element quoted, for {@code CAST(? AS text[])}. */
	private static String literal(Collection<String> values) {
		return values.stream()
			.map(v -> "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
			.collect(Collectors.joining(",", "{", "}"));
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
