package jp.kasane.demo;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import jp.kasane.organization.AgencyKind;
import jp.kasane.organization.HubType;
import jp.kasane.shared.Field;

/**
 * A fictional support agency (支援関係機関) of the demo town.
 *
 * @param code           short stable key, e.g. {@code "hokatsu-kita"}
 * @param name           official name, e.g. 「かさね市北部地域包括支援センター」
 * @param kind           agency kind (種別)
 * @param fields         fields served (分野), iterated in enum order
 * @param hubType        拠点の類型; {@code null} unless {@code kind.consultationHub()}
 * @param contracted     whether the municipality runs it by contract (委託) rather than directly (直営)
 * @param contractorName the contractor (受託法人); {@code null} unless contracted
 * @param address        address (所在地)
 * @param phone          phone number
 */
public record DemoAgency(String code, String name, AgencyKind kind, Set<Field> fields, HubType hubType,
		boolean contracted, String contractorName, String address, String phone) {

	public DemoAgency {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(kind, "kind");
		fields = Collections.unmodifiableSet(fields.isEmpty() ? EnumSet.noneOf(Field.class) : EnumSet.copyOf(fields));
		if (hubType != null && !kind.consultationHub()) {
			throw new IllegalArgumentException(code + ": only consultation hubs carry a hub type");
		}
		if (contracted != (contractorName != null)) {
			throw new IllegalArgumentException(code + ": contractorName must be set exactly when contracted");
		}
	}
}
