package jp.kasane.person;

import jp.kasane.shared.HouseholdId;
import jp.kasane.shared.TenantId;

/** A household (世帯): people living together, with its membership history in {@link Membership}. */
public record Household(HouseholdId id, TenantId tenantId, String label, String postalCode, String address, int version) {
}
