package jp.kasane.directory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.kasane.shared.InvalidField;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Open Referral HSDS 3 JSON for the directory. One place is one {@code service} with one
 * {@code location} joined by one {@code service_at_location}; its operator is an {@code organization}
 * (one per operator name). Kind, target, capacity and the confidential flag are {@code attributes}
 * linked to {@code taxonomy_terms} of three Kasane taxonomies; areas are {@code service_areas};
 * schedules are {@code schedules} of the service (freq, byday, opens_at, closes_at). Ids other than
 * the place's and the schedules' are derived from the place id, so an export re-imported elsewhere
 * exports to the same document. A redacted location (confidential place, reader without the right)
 * carries no address and the Japanese notice as its description.
 */
final class Hsds {

	static final String VERSION = "3.0";
	static final String KIND_TAXONOMY = "kasane-place-kind";
	static final String TARGET_TAXONOMY = "kasane-target";
	static final String FLAG_TAXONOMY = "kasane-directory-flag";
	static final String CAPACITY = "CAPACITY";
	static final String CONFIDENTIAL = "CONFIDENTIAL_ADDRESS";

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
	private static final Pattern ADDRESS = Pattern.compile("(東京都|北海道|(?:京都|大阪)府|[^\\s]{2,3}県)(.+?[市区町村])(.*)");

	/** A place read from an HSDS document. */
	record Imported(UUID id, PlaceForm form, List<OpeningRule> rules, Map<String, AreaLevel> areas, boolean addressGiven) {
	}

	private Hsds() {
	}

	static UUID derived(String kind, Object key) {
		return UUID.nameUUIDFromBytes(("kasane:directory:" + kind + ":" + key).getBytes(StandardCharsets.UTF_8));
	}

	// ---------------------------------------------------------------- export

	static ObjectNode export(List<Place> places) {
		ObjectNode doc = JSON.objectNode();
		doc.put("hsds_version", VERSION);
		doc.put("publisher", "Kasane 社会資源・居場所ディレクトリ");
		Map<String, UUID> operators = new TreeMap<>();
		places.forEach(p -> operators.put(p.operatorName(), derived("organization", p.operatorName())));
		ArrayNode organizations = doc.putArray("organizations");
		operators.forEach((name, id) -> organizations.addObject()
			.put("id", id.toString())
			.put("name", name)
			.put("description", "社会資源・居場所の運営者：" + name));
		ArrayNode services = doc.putArray("services");
		ArrayNode locations = doc.putArray("locations");
		ArrayNode links = doc.putArray("service_at_locations");
		for (Place p : places) {
			services.add(service(p, operators.get(p.operatorName())));
			locations.add(location(p, operators.get(p.operatorName())));
			links.addObject()
				.put("id", derived("service_at_location", p.id()).toString())
				.put("service_id", p.id().toString())
				.put("location_id", derived("location", p.id()).toString());
		}
		doc.set("taxonomies", taxonomies());
		doc.set("taxonomy_terms", terms());
		return doc;
	}

	private static ObjectNode service(Place p, UUID organization) {
		ObjectNode s = JSON.objectNode();
		String id = p.id().toString();
		s.put("id", id);
		s.put("organization_id", organization.toString());
		s.put("name", p.name());
		putIf(s, "description", p.description());
		s.put("status", "active");
		putIf(s, "url", p.url());
		putIf(s, "email", p.email());
		putIf(s, "fees_description", p.cost());
		if (p.phone() != null) {
			s.putArray("phones").addObject().put("id", derived("phone", p.id()).toString()).put("service_id", id)
				.put("number", p.phone());
		}
		ArrayNode schedules = s.putArray("schedules");
		for (OpeningRule r : p.schedules()) {
			schedules.addObject()
				.put("id", r.id().toString())
				.put("service_id", id)
				.put("freq", r.freq().name())
				.put("byday", r.byday())
				.put("opens_at", r.opensAt().toString())
				.put("closes_at", r.closesAt().toString())
				.put("timezone", 9)
				.put("description", r.label());
		}
		ArrayNode areas = s.putArray("service_areas");
		for (Area a : p.areas()) {
			areas.addObject()
				.put("id", derived("service_area", p.id() + ":" + a.name()).toString())
				.put("service_id", id)
				.put("name", a.name())
				.put("description", a.level().label());
		}
		ArrayNode attributes = s.putArray("attributes");
		attributes.add(attribute(p.id(), "service", "kind", term(KIND_TAXONOMY, p.kind().name()), null));
		for (Target t : p.targets()) {
			attributes.add(attribute(p.id(), "service", "target", term(TARGET_TAXONOMY, t.name()), null));
		}
		if (p.capacity() != null) {
			attributes.add(attribute(p.id(), "service", "capacity", term(FLAG_TAXONOMY, CAPACITY), p.capacity().toString()));
		}
		return s;
	}

	private static ObjectNode location(Place p, UUID organization) {
		UUID id = derived("location", p.id());
		ObjectNode l = JSON.objectNode();
		l.put("id", id.toString());
		l.put("location_type", "physical");
		l.put("organization_id", organization.toString());
		l.put("name", p.name());
		if (p.addressHidden()) {
			l.put("description", Place.CONFIDENTIAL_NOTICE);
		}
		else if (p.address() != null) {
			Matcher m = ADDRESS.matcher(p.address());
			boolean split = m.matches();
			l.putArray("addresses").addObject()
				.put("id", derived("address", p.id()).toString())
				.put("location_id", id.toString())
				.put("address_1", split ? m.group(3).strip() : p.address())
				.put("city", split ? m.group(2) : "")
				.put("state_province", split ? m.group(1) : "")
				.put("postal_code", p.postalCode() == null ? "" : p.postalCode())
				.put("country", "JP")
				.put("address_type", "physical");
		}
		if (p.accessibility() != null) {
			l.putArray("accessibility").addObject()
				.put("id", derived("accessibility", p.id()).toString())
				.put("location_id", id.toString())
				.put("description", p.accessibility());
		}
		ArrayNode attributes = l.putArray("attributes");
		if (p.confidential()) {
			attributes.add(attribute(id, "location", "confidential", term(FLAG_TAXONOMY, CONFIDENTIAL), "true"));
		}
		return l;
	}

	private static ObjectNode attribute(UUID link, String entity, String type, UUID term, String value) {
		ObjectNode a = JSON.objectNode()
			.put("id", derived("attribute", link + ":" + term).toString())
			.put("link_id", link.toString())
			.put("taxonomy_term_id", term.toString())
			.put("link_type", type)
			.put("link_entity", entity);
		if (value != null) {
			a.put("value", value);
		}
		return a;
	}

	static UUID term(String taxonomy, String code) {
		return derived("taxonomy_term", taxonomy + ":" + code);
	}

	private static ArrayNode taxonomies() {
		ArrayNode out = JSON.arrayNode();
		taxonomy(out, KIND_TAXONOMY, "社会資源の種類（居場所、サロン、地域食堂・子ども食堂 …）");
		taxonomy(out, TARGET_TAXONOMY, "対象（誰でも、高齢、障害、子ども・子育て、生活困窮、多世代）");
		taxonomy(out, FLAG_TAXONOMY, "Kasane の付加情報（定員、所在地非公開）");
		return out;
	}

	private static void taxonomy(ArrayNode out, String name, String description) {
		out.addObject().put("id", derived("taxonomy", name).toString()).put("name", name).put("description", description)
			.put("version", "1");
	}

	private static ArrayNode terms() {
		ArrayNode out = JSON.arrayNode();
		for (PlaceKind k : PlaceKind.values()) {
			termNode(out, KIND_TAXONOMY, k.name(), k.label());
		}
		for (Target t : Target.values()) {
			termNode(out, TARGET_TAXONOMY, t.name(), t.label());
		}
		termNode(out, FLAG_TAXONOMY, CAPACITY, "定員（value に人数）");
		termNode(out, FLAG_TAXONOMY, CONFIDENTIAL, "所在地非公開（DVシェルターなど）");
		return out;
	}

	private static void termNode(ArrayNode out, String taxonomy, String code, String label) {
		out.addObject()
			.put("id", term(taxonomy, code).toString())
			.put("code", code)
			.put("name", label)
			.put("description", label)
			.put("taxonomy", taxonomy)
			.put("taxonomy_id", derived("taxonomy", taxonomy).toString())
			.put("language", "ja");
	}

	private static void putIf(ObjectNode node, String field, String value) {
		if (value != null) {
			node.put(field, value);
		}
	}

	// ---------------------------------------------------------------- import

	/** Reads every service of the document; refuses (400 naming the element) what it cannot read. */
	static List<Imported> read(JsonNode doc) {
		if (doc == null || !doc.isObject()) {
			throw new InvalidField("document", "HSDSのJSONオブジェクトを送ってください");
		}
		Map<String, String> termCodes = new HashMap<>();
		for (JsonNode t : array(doc, "taxonomy_terms", "taxonomy_terms")) {
			if (text(t, "id") != null && text(t, "code") != null) {
				termCodes.put(text(t, "id"), text(t, "code"));
			}
		}
		Map<String, String> organizations = new HashMap<>();
		for (JsonNode o : array(doc, "organizations", "organizations")) {
			organizations.put(text(o, "id"), text(o, "name"));
		}
		Map<String, JsonNode> locations = new HashMap<>();
		for (JsonNode l : array(doc, "locations", "locations")) {
			locations.put(text(l, "id"), l);
		}
		Map<String, String> locationOf = new HashMap<>();
		for (JsonNode link : array(doc, "service_at_locations", "service_at_locations")) {
			locationOf.putIfAbsent(text(link, "service_id"), text(link, "location_id"));
		}
		List<Imported> out = new ArrayList<>();
		Set<UUID> seen = new LinkedHashSet<>();
		int i = 0;
		for (JsonNode s : array(doc, "services", "services")) {
			String at = "services[" + i++ + "]";
			out.add(service(s, at, termCodes, organizations, locations, locationOf));
			if (!seen.add(out.get(out.size() - 1).id())) {
				throw new InvalidField(at + ".id", "同じ id のサービスが2回あります");
			}
		}
		return out;
	}

	private static Imported service(JsonNode s, String at, Map<String, String> termCodes, Map<String, String> organizations,
			Map<String, JsonNode> locations, Map<String, String> locationOf) {
		UUID id = uuid(text(s, "id"), at + ".id");
		String name = text(s, "name");
		String operator = organizations.get(text(s, "organization_id"));
		if (operator == null) {
			throw new InvalidField(at + ".organization_id", "運営者（organizations）が見つかりません");
		}
		PlaceKind kind = null;
		Set<Target> targets = new LinkedHashSet<>();
		Integer capacity = null;
		for (JsonNode a : array(s, "attributes", at + ".attributes")) {
			String code = code(a, termCodes);
			if (code == null) {
				continue;
			}
			if (CAPACITY.equals(code)) {
				try {
					capacity = Integer.valueOf(String.valueOf(text(a, "value")).strip());
				}
				catch (NumberFormatException ex) {
					throw new InvalidField(at + ".attributes", "定員（CAPACITY）の value は数で書いてください");
				}
				continue;
			}
			for (PlaceKind k : PlaceKind.values()) {
				if (k.name().equals(code)) {
					kind = k;
				}
			}
			Target.parse(code).filter(t -> t.name().equals(code)).ifPresent(targets::add);
		}
		if (kind == null) {
			throw new InvalidField(at + ".attributes", "種類（" + KIND_TAXONOMY + " の分類）がありません");
		}
		List<OpeningRule> rules = new ArrayList<>();
		int n = 0;
		for (JsonNode r : array(s, "schedules", at + ".schedules")) {
			String where = at + ".schedules[" + n++ + "]";
			try {
				String sid = text(r, "id");
				rules.add(OpeningRule.fromHsds(sid == null ? null : uuid(sid, where + ".id"), text(r, "freq"), text(r, "byday"),
						text(r, "opens_at"), text(r, "closes_at")));
			}
			catch (InvalidField ex) {
				throw new InvalidField(where, ex.getMessage());
			}
		}
		Map<String, AreaLevel> areas = new LinkedHashMap<>();
		for (JsonNode a : array(s, "service_areas", at + ".service_areas")) {
			String areaName = text(a, "name");
			if (areaName == null || areaName.isBlank()) {
				throw new InvalidField(at + ".service_areas", "地域の名前（name）がありません");
			}
			areas.put(areaName.strip(), level(areaName, text(a, "description")));
		}
		String phone = null;
		for (JsonNode ph : array(s, "phones", at + ".phones")) {
			phone = phone == null ? text(ph, "number") : phone;
		}
		JsonNode location = locations.get(locationOf.get(text(s, "id")));
		String postalCode = null;
		String address = null;
		String accessibility = null;
		boolean confidential = false;
		boolean addressGiven = false;
		if (location != null) {
			String lat = at + "→locations";
			for (JsonNode a : array(location, "addresses", lat + ".addresses")) {
				if (!addressGiven) {
					addressGiven = true;
					postalCode = blankToNull(text(a, "postal_code"));
					address = blankToNull(String.join("", nonNull(text(a, "state_province")), nonNull(text(a, "city")),
							nonNull(text(a, "address_1")), nonNull(text(a, "address_2"))));
				}
			}
			for (JsonNode a : array(location, "accessibility", lat + ".accessibility")) {
				accessibility = accessibility == null ? text(a, "description") : accessibility;
			}
			for (JsonNode a : array(location, "attributes", lat + ".attributes")) {
				confidential |= CONFIDENTIAL.equals(code(a, termCodes)) && !"false".equalsIgnoreCase(text(a, "value"));
			}
		}
		PlaceForm form = new PlaceForm(name, kind, operator, text(s, "description"), targets, List.copyOf(areas.keySet()),
				rules.stream().map(PlaceForm.ScheduleForm::of).toList(), postalCode, address, confidential, capacity,
				text(s, "fees_description"), accessibility, phone, text(s, "email"), text(s, "url"), null);
		return new Imported(id, form, rules, areas, addressGiven);
	}

	private static AreaLevel level(String name, String description) {
		for (AreaLevel l : AreaLevel.values()) {
			if (l.label().equals(description)) {
				return l;
			}
		}
		return name.endsWith("中学校区") ? AreaLevel.JUNIOR_HIGH_SCHOOL
				: name.endsWith("小学校区") ? AreaLevel.ELEMENTARY_SCHOOL : AreaLevel.DAILY_LIFE;
	}

	private static String code(JsonNode attribute, Map<String, String> termCodes) {
		String code = termCodes.get(text(attribute, "taxonomy_term_id"));
		JsonNode nested = attribute.get("taxonomy_term");
		return code != null ? code : nested != null && nested.isObject() ? text(nested, "code") : null;
	}

	private static Iterable<JsonNode> array(JsonNode node, String field, String where) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			return List.of();
		}
		if (!value.isArray()) {
			throw new InvalidField(where, field + " は配列にしてください");
		}
		return value.values();
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		if (value.isString()) {
			return value.stringValue();
		}
		if (value.isNumber() || value.isBoolean()) {
			return value.asString();
		}
		throw new InvalidField(field, field + " は文字列にしてください");
	}

	private static UUID uuid(String text, String where) {
		try {
			return UUID.fromString(String.valueOf(text));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidField(where, "id はUUIDにしてください：" + text);
		}
	}

	private static String nonNull(String text) {
		return text == null ? "" : text;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	static Comparator<Place> order() {
		return Comparator.comparing((Place p) -> p.kind().ordinal()).thenComparing(Place::name).thenComparing(Place::id);
	}
}
