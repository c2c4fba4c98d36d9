package jp.kasane.directory;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jp.kasane.shared.KanaFolding;
import jp.kasane.shared.TenantId;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Places, their areas and schedules, and the areas of the town. */
@Repository
class DirectoryRecords {

	/** What a search asks of the stored rows; the schedule part is answered in Java. */
	record Filter(List<String> words, Target target, UUID area) {
	}

	/** 小学校区, then 中学校区, then 日常生活圏域; by name within each. */
	private static final String AREA_ORDER = "CASE a.level WHEN 'ELEMENTARY_SCHOOL' THEN 1 WHEN 'JUNIOR_HIGH_SCHOOL' THEN 2 ELSE 3 END, a.name";

	private final JdbcClient jdbc;

	DirectoryRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Area> areas(TenantId tenant) {
		return jdbc.sql("SELECT * FROM directory_area WHERE tenant_id = ? ORDER BY " + AREA_ORDER.replace("a.", ""))
			.param(tenant.value())
			.query((rs, n) -> area(rs))
			.list();
	}

	void insert(TenantId tenant, Area area) {
		jdbc.sql("INSERT INTO directory_area (tenant_id, id, name, level) VALUES (?, ?, ?, ?)")
			.params(tenant.value(), area.id(), area.name(), area.level().name())
			.update();
	}

	boolean exists(TenantId tenant, UUID place) {
		return jdbc.sql("SELECT count(*) FROM directory_place WHERE tenant_id = ? AND id = ?")
			.params(tenant.value(), place)
			.query(Integer.class)
			.single() > 0;
	}

	Optional<Place> find(TenantId tenant, UUID id) {
		return assemble(tenant, null, "p.id = ?", id).stream().findFirst();
	}

	/** Places matching the words (each, in name, description or operator), target and area; by kind and name. */
	List<Place> search(TenantId tenant, Filter filter) {
		StringBuilder where = new StringBuilder("TRUE");
		List<Object> params = new ArrayList<>();
		for (String word : filter.words()) {
			where.append(" AND p.search_text LIKE ?");
			params.add("%" + KanaFolding.fold(word).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		if (filter.target() != null) {
			// A place for everyone (誰でも) welcomes any target too.
			where.append(" AND (? = ANY (p.targets) OR 'EVERYONE' = ANY (p.targets))");
			params.add(filter.target().name());
		}
		if (filter.area() != null) {
			// A place that names no area serves the whole town.
			where.append(" AND (EXISTS (SELECT 1 FROM directory_place_area pa WHERE pa.tenant_id = p.tenant_id")
				.append(" AND pa.place_id = p.id AND pa.area_id = ?) OR NOT EXISTS (SELECT 1 FROM directory_place_area pa")
				.append(" WHERE pa.tenant_id = p.tenant_id AND pa.place_id = p.id))");
			params.add(filter.area());
		}
		List<Object> all = new ArrayList<>();
		all.add(tenant.value());
		all.addAll(params);
		List<UUID> ids = jdbc.sql("SELECT p.id FROM directory_place p WHERE p.tenant_id = ? AND " + where)
			.params(all)
			.query((rs, n) -> rs.getObject("id", UUID.class))
			.list();
		return ids.isEmpty() ? List.of() : assemble(tenant, ids, null, null);
	}

	/** Every place of the tenant (for the HSDS export). */
	List<Place> all(TenantId tenant) {
		return assemble(tenant, null, null, null);
	}

	void insert(TenantId tenant, UUID id, PlaceForm f, List<OpeningRule> rules, List<Area> areas) {
		jdbc.sql("""
				INSERT INTO directory_place (tenant_id, id, name, kind, operator_name, description, targets, postal_code, address,
				                             confidential, capacity, cost, accessibility, phone, email, url, search_text)
				VALUES (?, ?, ?, ?, ?, ?, CAST(? AS text[]), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(tenant.value(), id, f.name().strip(), f.kind().name(), f.operatorName().strip(), blank(f.description()),
					targets(f), blank(f.postalCode()), blank(f.address()), f.confidential(), f.capacity(), blank(f.cost()),
					blank(f.accessibility()), blank(f.phone()), blank(f.email()), blank(f.url()), searchText(f))
			.update();
		replaceChildren(tenant, id, rules, areas);
	}

	/** Changes a place; {@code version} null skips the optimistic check (HSDS import overwrites). */
	void update(TenantId tenant, UUID id, PlaceForm f, List<OpeningRule> rules, List<Area> areas, Integer version) {
		int rows = jdbc.sql("""
				UPDATE directory_place SET name = ?, kind = ?, operator_name = ?, description = ?, targets = CAST(? AS text[]),
				       postal_code = ?, address = ?, confidential = ?, capacity = ?, cost = ?, accessibility = ?, phone = ?,
				       email = ?, url = ?, search_text = ?, updated_at = now(), version = version + 1
				 WHERE tenant_id = ? AND id = ? AND (CAST(? AS integer) IS NULL OR version = ?)""")
			.params(f.name().strip(), f.kind().name(), f.operatorName().strip(), blank(f.description()), targets(f),
					blank(f.postalCode()), blank(f.address()), f.confidential(), f.capacity(), blank(f.cost()),
					blank(f.accessibility()), blank(f.phone()), blank(f.email()), blank(f.url()), searchText(f), tenant.value(), id,
					version,
					version)
			.update();
		if (rows == 0) {
			throw new OptimisticLockingFailureException("directory place " + id + " changed concurrently");
		}
		replaceChildren(tenant, id, rules, areas);
	}

	private void replaceChildren(TenantId tenant, UUID place, List<OpeningRule> rules, List<Area> areas) {
		jdbc.sql("DELETE FROM directory_schedule WHERE tenant_id = ? AND place_id = ?").params(tenant.value(), place).update();
		jdbc.sql("DELETE FROM directory_place_area WHERE tenant_id = ? AND place_id = ?").params(tenant.value(), place).update();
		int sort = 0;
		for (OpeningRule r : rules) {
			jdbc.sql("""
					INSERT INTO directory_schedule (tenant_id, id, place_id, sort, freq, byday, ordinals, opens_at, closes_at)
					VALUES (?, ?, ?, ?, ?, ?, CAST(? AS integer[]), ?, ?)""")
				.params(tenant.value(), r.id(), place, sort++, r.freq().name(),
						String.join(",", r.days().stream().map(DayOfWeek::name).toList()),
						"{" + String.join(",", r.ordinals().stream().map(String::valueOf).toList()) + "}", r.opensAt(), r.closesAt())
				.update();
		}
		for (Area a : areas) {
			jdbc.sql("INSERT INTO directory_place_area (tenant_id, place_id, area_id) VALUES (?, ?, ?)")
				.params(tenant.value(), place, a.id())
				.update();
		}
	}

	/** Loads places with their areas and schedules; {@code ids} null means all, kept in kind and name order. */
	private List<Place> assemble(TenantId tenant, List<UUID> ids, String extra, Object extraParam) {
		// One place (find) loads its own areas and schedules; otherwise the tenant's, grouped here.
		String onePlace = extraParam == null ? "" : " AND place_id = ?";
		List<Object> childParams = extraParam == null ? List.of(tenant.value()) : List.of(tenant.value(), extraParam);
		Map<UUID, List<Area>> areas = new HashMap<>();
		jdbc.sql("""
				SELECT pa.place_id, a.* FROM directory_place_area pa
				  JOIN directory_area a ON a.tenant_id = pa.tenant_id AND a.id = pa.area_id
				 WHERE pa.tenant_id = ?""" + onePlace.replace("place_id", "pa.place_id") + " ORDER BY " + AREA_ORDER)
			.params(childParams)
			.query(rs -> {
				areas.computeIfAbsent(rs.getObject("place_id", UUID.class), k -> new ArrayList<>()).add(area(rs));
			});
		Map<UUID, List<OpeningRule>> rules = new HashMap<>();
		jdbc.sql("SELECT * FROM directory_schedule WHERE tenant_id = ?" + onePlace + " ORDER BY place_id, sort")
			.params(childParams)
			.query(rs -> {
				rules.computeIfAbsent(rs.getObject("place_id", UUID.class), k -> new ArrayList<>()).add(rule(rs));
			});
		List<Object> params = new ArrayList<>(List.of(tenant.value()));
		String sql = "SELECT * FROM directory_place p WHERE p.tenant_id = ?";
		if (extra != null) {
			sql += " AND " + extra;
			params.add(extraParam);
		}
		java.util.Set<UUID> wanted = ids == null ? null : new java.util.HashSet<>(ids);
		return jdbc.sql(sql + " ORDER BY p.kind, p.name, p.id")
			.params(params)
			.query((rs, n) -> place(rs, areas, rules))
			.list()
			.stream()
			.filter(p -> wanted == null || wanted.contains(p.id()))
			.sorted(java.util.Comparator.comparing((Place p) -> p.kind().ordinal()).thenComparing(Place::name)
				.thenComparing(Place::id))
			.toList();
	}

	private static Place place(ResultSet rs, Map<UUID, List<Area>> areas, Map<UUID, List<OpeningRule>> rules)
			throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		List<Target> targets = Arrays.stream((String[]) rs.getArray("targets").getArray()).map(Target::valueOf).sorted().toList();
		return new Place(id, rs.getString("name"), PlaceKind.valueOf(rs.getString("kind")), rs.getString("operator_name"),
				rs.getString("description"), targets, areas.getOrDefault(id, List.of()), rules.getOrDefault(id, List.of()),
				rs.getString("postal_code"), rs.getString("address"), rs.getBoolean("confidential"), false,
				(Integer) rs.getObject("capacity"), rs.getString("cost"), rs.getString("accessibility"), rs.getString("phone"),
				rs.getString("email"), rs.getString("url"), rs.getInt("version"));
	}

	private static OpeningRule rule(ResultSet rs) throws SQLException {
		Array ordinals = rs.getArray("ordinals");
		return new OpeningRule(rs.getObject("id", UUID.class), Frequency.valueOf(rs.getString("freq")),
				Arrays.stream(rs.getString("byday").split(",")).map(DayOfWeek::valueOf).toList(),
				Arrays.asList((Integer[]) ordinals.getArray()), rs.getObject("opens_at", LocalTime.class),
				rs.getObject("closes_at", LocalTime.class));
	}

	private static Area area(ResultSet rs) throws SQLException {
		return new Area(rs.getObject("id", UUID.class), rs.getString("name"), AreaLevel.valueOf(rs.getString("level")));
	}

	private static String targets(PlaceForm f) {
		return "{" + String.join(",", f.targets().stream().sorted().map(Target::name).toList()) + "}";
	}

	private static String searchText(PlaceForm f) {
		return KanaFolding.fold(f.name() + " " + (f.description() == null ? "" : f.description()) + " " + f.operatorName());
	}

	private static String blank(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
