package jp.kasane.organization;

import java.util.EnumSet;
import java.util.Set;

import jp.kasane.shared.AgencyId;
import jp.kasane.shared.Field;
import jp.kasane.shared.TenantId;

/**
 * A support agency (支援関係機関) of a tenant: a consultation hub, a program operator, or a
 * community partner. Built only through {@link AgencyRules}, so an agency in memory is valid.
 */
public record Agency(AgencyId id, TenantId tenantId, String name, AgencyKind kind, Set<Field> fields,
		HubType hubType, boolean contracted, String contractorName, String address, String phone, boolean active,
		int version) {

	public Agency {
		fields = fields.isEmpty() ? EnumSet.noneOf(Field.class) : EnumSet.copyOf(fields);
	}

	/** The fields served, for lists: 「高齢・障害」. */
	public String fieldsLabel() {
		return String.join("・", fields.stream().map(Field::label).toList());
	}
}
