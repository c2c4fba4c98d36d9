package jp.kasane.directory;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A place or service of the directory as the reader may see it. For a confidential place (DVシェルター
 * など) and a reader without the right, {@code address} holds {@link #CONFIDENTIAL_NOTICE}, {@code postalCode}
 * is empty and {@code addressHidden} is true.
 */
public record Place(UUID id, String name, PlaceKind kind, String operatorName, String description, List<Target> targets,
		List<Area> areas, List<OpeningRule> schedules, String postalCode, String address, boolean confidential,
		boolean addressHidden, Integer capacity, String cost, String accessibility, String phone, String email, String url,
		int version) {

	/** Shown instead of the address of a confidential place. */
	public static final String CONFIDENTIAL_NOTICE = "所在地は非公開です（問い合わせ先へ）";

	public Place {
		targets = List.copyOf(targets);
		areas = List.copyOf(areas);
		schedules = List.copyOf(schedules);
	}

	@JsonProperty("kindLabel")
	public String kindLabel() {
		return kind.label();
	}

	/** 「子ども・子育て・多世代」. */
	@JsonProperty("targetsLabel")
	public String targetsLabel() {
		return String.join("・", targets.stream().map(Target::label).toList());
	}

	/** 「北小学校区、日常生活圏域 北部」, or 「市内全域」 when the place names no area. */
	@JsonProperty("areasLabel")
	public String areasLabel() {
		return areas.isEmpty() ? "市内全域" : String.join("、", areas.stream().map(Area::name).toList());
	}

	/** The schedules in Japanese, one a line. */
	@JsonProperty("scheduleLabels")
	public List<String> scheduleLabels() {
		return schedules.stream().map(OpeningRule::label).toList();
	}

	Place redacted() {
		return new Place(id, name, kind, operatorName, description, targets, areas, schedules, null, CONFIDENTIAL_NOTICE,
				confidential, true, capacity, cost, accessibility, phone, email, url, version);
	}
}
