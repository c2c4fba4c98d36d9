package jp.kasane.directory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jp.kasane.organization.AgencyKind;
import jp.kasane.organization.OrganizationManagement;
import jp.kasane.shared.AccessRefused;
import jp.kasane.shared.Actor;
import jp.kasane.shared.ActorContext;
import jp.kasane.shared.InvalidField;
import jp.kasane.shared.NotFoundException;
import jp.kasane.shared.RuleViolation;
import jp.kasane.shared.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The directory's API (社会資源・居場所): search and read for every staff role that works with residents,
 * maintenance and HSDS import for municipal staff and the 地域づくり事業者 ({@link DirectoryPolicy}).
 * Places are not personal data, so reads are not audited; logs carry ids only.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('MUNICIPAL_STAFF', 'COORDINATOR', 'CASEWORKER')")
public class DirectoryManagement {

	/** What an HSDS import did. */
	public record ImportResult(int created, int updated, int areasCreated) {
	}

	private static final Logger log = LoggerFactory.getLogger(DirectoryManagement.class);

	private final DirectoryRecords records;
	private final OrganizationManagement organization;
	private final Validator validator;

	DirectoryManagement(DirectoryRecords records, OrganizationManagement organization, Validator validator) {
		this.records = records;
		this.organization = organization;
		this.validator = validator;
	}

	@Transactional(readOnly = true)
	public List<Area> areas() {
		return records.areas(ActorContext.require().tenantId());
	}

	/** Adds an area (小学校区, 中学校区, 日常生活圏域) places can name; the name is unique. */
	public Area defineArea(String name, AreaLevel level) {
		Actor actor = requireMaintainer();
		if (name == null || name.isBlank() || name.length() > 50 || !jp.kasane.shared.SafeTextValidator.isSafe(name)) {
			throw new InvalidField("name", "地域の名前を50文字以内で入力してください");
		}
		if (records.areas(actor.tenantId()).stream().anyMatch(a -> a.name().equals(name.strip()))) {
			throw new RuleViolation("AREA_EXISTS", "地域「" + name.strip() + "」はすでにあります");
		}
		Area area = new Area(UUID.randomUUID(), name.strip(), level == null ? AreaLevel.ELEMENTARY_SCHOOL : level);
		records.insert(actor.tenantId(), area);
		return area;
	}

	/** Places matching the search, by kind and name; a confidential place's address only for those with the right. */
	@Transactional(readOnly = true)
	public List<Place> search(DirectorySearch search) {
		Actor actor = ActorContext.require();
		OpeningQuery opening = OpeningQuery.parse(search.day(), search.time());
		Target target = null;
		if (search.target() != null && !search.target().isBlank()) {
			target = Target.parse(search.target())
				.orElseThrow(() -> new InvalidField("target", "対象は " + Arrays.toString(Target.values()) + " のどれかで指定してください"));
		}
		UUID area = null;
		if (search.area() != null && !search.area().isBlank()) {
			String wanted = search.area().strip();
			area = records.areas(actor.tenantId()).stream()
				.filter(a -> a.name().equals(wanted) || a.id().toString().equalsIgnoreCase(wanted))
				.map(Area::id)
				.findFirst()
				.orElseThrow(() -> new InvalidField("area", "地域「" + wanted + "」は登録されていません"));
		}
		List<String> words = search.q() == null ? List.of()
				: Arrays.stream(search.q().replace('　', ' ').strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
		if (words.stream().mapToInt(String::length).sum() > 100) {
			throw new InvalidField("q", "検索語は100文字以内で入力してください");
		}
		return records.search(actor.tenantId(), new DirectoryRecords.Filter(words, target, area))
			.stream()
			.filter(p -> opening.matches(p.schedules()))
			.map(p -> visible(actor, p))
			.toList();
	}

	/** One place, for other modules (e.g. participation may link to a place id); empty if unknown. */
	@Transactional(readOnly = true)
	public Optional<Place> find(UUID id) {
		Actor actor = ActorContext.require();
		return records.find(actor.tenantId(), id).map(p -> visible(actor, p));
	}

	@Transactional(readOnly = true)
	public Place get(UUID id) {
		return find(id).orElseThrow(() -> new NotFoundException("place", String.valueOf(id)));
	}

	/** Whether the signed-in user may register and change places. */
	@Transactional(readOnly = true)
	public boolean mayMaintain() {
		Actor actor = ActorContext.require();
		return DirectoryPolicy.maintainRefusal(actor, agencyKind(actor)).isEmpty();
	}

	/** Whether the signed-in user sees the address of confidential places. */
	public boolean seesConfidentialAddresses() {
		return DirectoryPolicy.seesConfidentialAddress(ActorContext.require());
	}

	public Place create(PlaceForm form) {
		Actor actor = requireMaintainer();
		List<OpeningRule> rules = rules(form);
		if (form.confidential()) {
			DirectoryPolicy.confidentialRefusal(actor).ifPresent(reason -> {
				throw new AccessRefused("CONFIDENTIAL_PLACE_MUNICIPAL_ONLY", reason);
			});
		}
		UUID id = UUID.randomUUID();
		records.insert(actor.tenantId(), id, form, rules, areas(actor.tenantId(), form.areas()));
		log.info("directory place {} created", id);
		return get(id);
	}

	public Place update(UUID id, PlaceForm form) {
		Actor actor = requireMaintainer();
		Place current = records.find(actor.tenantId(), id).orElseThrow(() -> new NotFoundException("place", id.toString()));
		if (form.version() == null) {
			throw new InvalidField("version", "版（version）が必要です。画面を開き直してから保存してください");
		}
		if (current.confidential() || form.confidential()) {
			DirectoryPolicy.confidentialRefusal(actor).ifPresent(reason -> {
				throw new AccessRefused("CONFIDENTIAL_PLACE_MUNICIPAL_ONLY", reason);
			});
		}
		List<OpeningRule> rules = rules(form);
		records.update(actor.tenantId(), id, form, rules, areas(actor.tenantId(), form.areas()), form.version());
		log.info("directory place {} updated", id);
		return get(id);
	}

	/** The whole directory as HSDS 3 JSON; confidential addresses only for those with the right. */
	@Transactional(readOnly = true)
	public ObjectNode exportHsds() {
		Actor actor = ActorContext.require();
		return Hsds.export(records.all(actor.tenantId()).stream().map(p -> visible(actor, p)).sorted(Hsds.order()).toList());
	}

	/**
	 * Imports HSDS 3 JSON, creating or replacing places by service id (upsert), all or nothing. Areas
	 * named by {@code service_areas} are created when missing. A confidential place — or one that is
	 * confidential now — may be imported by municipal staff only; when such a place arrives without an
	 * address (a redacted export), the stored address is kept.
	 */
	public ImportResult importHsds(JsonNode document) {
		Actor actor = requireMaintainer();
		TenantId tenant = actor.tenantId();
		List<Hsds.Imported> places = Hsds.read(document);
		Map<String, AreaLevel> missingAreas = new java.util.LinkedHashMap<>();
		places.forEach(p -> p.areas().forEach(missingAreas::putIfAbsent));
		Map<String, Area> known = new HashMap<>();
		records.areas(tenant).forEach(a -> known.put(a.name(), a));
		int areasCreated = 0;
		for (Map.Entry<String, AreaLevel> e : missingAreas.entrySet()) {
			if (!known.containsKey(e.getKey())) {
				Area area = new Area(UUID.randomUUID(), e.getKey(), e.getValue());
				records.insert(tenant, area);
				known.put(area.name(), area);
				areasCreated++;
			}
		}
		int created = 0;
		int updated = 0;
		for (int i = 0; i < places.size(); i++) {
			Hsds.Imported p = places.get(i);
			String at = "services[" + i + "]";
			validate(p.form(), at + ".");
			Optional<Place> current = records.find(tenant, p.id());
			if (p.form().confidential() || current.map(Place::confidential).orElse(false)) {
				DirectoryPolicy.confidentialRefusal(actor).ifPresent(reason -> {
					throw new AccessRefused("CONFIDENTIAL_PLACE_MUNICIPAL_ONLY", reason + "（" + at + "）");
				});
			}
			PlaceForm form = p.form();
			if (current.isPresent() && form.confidential() && !p.addressGiven()) {
				form = withAddress(form, current.get().postalCode(), current.get().address());
			}
			List<Area> areas = form.areas().stream().map(known::get).toList();
			if (current.isPresent()) {
				records.update(tenant, p.id(), form, p.rules(), areas, null);
				updated++;
			}
			else {
				records.insert(tenant, p.id(), form, p.rules(), areas);
				created++;
			}
		}
		log.info("HSDS import: {} created, {} updated, {} areas created", created, updated, areasCreated);
		return new ImportResult(created, updated, areasCreated);
	}

	private static PlaceForm withAddress(PlaceForm f, String postalCode, String address) {
		return new PlaceForm(f.name(), f.kind(), f.operatorName(), f.description(), f.targets(), f.areas(), f.schedules(),
				postalCode, address, f.confidential(), f.capacity(), f.cost(), f.accessibility(), f.phone(), f.email(), f.url(),
				f.version());
	}

	private void validate(PlaceForm form, String prefix) {
		for (ConstraintViolation<PlaceForm> v : validator.validate(form)) {
			throw new InvalidField(prefix + v.getPropertyPath(), v.getMessage());
		}
	}

	private static List<OpeningRule> rules(PlaceForm form) {
		List<OpeningRule> rules = new ArrayList<>();
		for (int i = 0; i < form.schedules().size(); i++) {
			try {
				rules.add(form.schedules().get(i).rule());
			}
			catch (InvalidField ex) {
				throw new InvalidField("schedules[" + i + "]", ex.getMessage());
			}
		}
		return rules;
	}

	private List<Area> areas(TenantId tenant, List<String> names) {
		Map<String, Area> known = new HashMap<>();
		records.areas(tenant).forEach(a -> known.put(a.name(), a));
		List<Area> out = new ArrayList<>();
		for (String name : names) {
			Area area = known.get(name.strip());
			if (area == null) {
				throw new InvalidField("areas", "地域「" + name.strip() + "」は登録されていません");
			}
			if (!out.contains(area)) {
				out.add(area);
			}
		}
		return out;
	}

	private Place visible(Actor actor, Place place) {
		return place.confidential() && !DirectoryPolicy.seesConfidentialAddress(actor) ? place.redacted() : place;
	}

	private Actor requireMaintainer() {
		Actor actor = ActorContext.require();
		DirectoryPolicy.maintainRefusal(actor, agencyKind(actor)).ifPresent(reason -> {
			throw new AccessRefused("DIRECTORY_MAINTAINER_ONLY", reason);
		});
		return actor;
	}

	private AgencyKind agencyKind(Actor actor) {
		if (actor.has(jp.kasane.shared.Role.MUNICIPAL_STAFF)) {
			return null;
		}
		return organization.agencies().stream().filter(a -> a.id().equals(actor.agencyId())).map(a -> a.kind())
			.findFirst().orElse(null);
	}
}
