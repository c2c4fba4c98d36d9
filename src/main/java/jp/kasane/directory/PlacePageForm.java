package jp.kasane.directory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jp.kasane.shared.InvalidField;
import org.springframework.validation.BindingResult;

/**
 * The place form as the page posts it: plain text fields, checkboxes, and the schedules as lines of
 * Japanese ({@link ScheduleText}). Converted to a {@link PlaceForm} and validated with its rules; each
 * problem is shown beside its field.
 */
record PlacePageForm(String name, String kind, String operatorName, String description, List<String> targets,
		List<String> areas, String schedules, String postalCode, String address, Boolean confidential, String capacity,
		String cost, String accessibility, String phone, String email, String url, Integer version) {

	PlacePageForm {
		targets = targets == null ? List.of() : targets;
		areas = areas == null ? List.of() : areas;
		confidential = Boolean.TRUE.equals(confidential);
	}

	static PlacePageForm empty() {
		return new PlacePageForm("", null, "", "", List.of(), List.of(), "", "", "", false, "", "", "", "", "", "", null);
	}

	static PlacePageForm of(Place p) {
		return new PlacePageForm(p.name(), p.kind().name(), p.operatorName(), p.description(),
				p.targets().stream().map(Target::name).toList(), p.areas().stream().map(Area::name).toList(),
				ScheduleText.format(p.schedules()), p.postalCode(), p.addressHidden() ? "" : p.address(), p.confidential(),
				p.capacity() == null ? "" : p.capacity().toString(), p.cost(), p.accessibility(), p.phone(), p.email(), p.url(),
				p.version());
	}

	/** The form for the module, or null after recording each problem in {@code errors}. */
	PlaceForm toForm(Validator validator, BindingResult errors) {
		PlaceKind placeKind = null;
		if (kind == null || kind.isBlank()) {
			errors.rejectValue("kind", "kind", "種類を選んでください");
		}
		else {
			try {
				placeKind = PlaceKind.valueOf(kind);
			}
			catch (IllegalArgumentException ex) {
				errors.rejectValue("kind", "kind", "種類を一覧から選んでください");
			}
		}
		Set<Target> targetSet = new LinkedHashSet<>();
		for (String t : targets) {
			Target.parse(t).ifPresentOrElse(targetSet::add, () -> errors.rejectValue("targets", "targets", "対象を一覧から選んでください"));
		}
		Integer cap = null;
		if (capacity != null && !capacity.isBlank()) {
			try {
				cap = Integer.valueOf(capacity.strip());
			}
			catch (NumberFormatException ex) {
				errors.rejectValue("capacity", "capacity", "定員は半角の数字で入力してください");
			}
		}
		List<PlaceForm.ScheduleForm> rules = new ArrayList<>();
		try {
			ScheduleText.parse(schedules).forEach(r -> rules.add(PlaceForm.ScheduleForm.of(r)));
		}
		catch (InvalidField ex) {
			errors.rejectValue("schedules", "schedules", ex.getMessage());
		}
		PlaceForm form = new PlaceForm(name, placeKind == null ? PlaceKind.IBASHO : placeKind, operatorName, description,
				targetSet, areas, rules, postalCode, address, confidential, cap, cost, accessibility, phone, email, url, version);
		for (ConstraintViolation<PlaceForm> v : validator.validate(form)) {
			String field = v.getPropertyPath().iterator().next().getName();
			if (errors.getFieldErrorCount(field) == 0) {
				errors.rejectValue(field, field, v.getMessage());
			}
		}
		return errors.hasErrors() ? null : form;
	}
}
