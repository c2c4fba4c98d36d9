package jp.kasane.audit;

import jp.kasane.shared.PersonId;

/**
 * One access to personal data, as the module that made it describes it: what record, about whom,
 * and on which legal basis or purpose ({@code basis}, e.g. {@code AGENCY_REGISTERED},
 * {@code CONSENT:<id>}, {@code MUNICIPAL_ROLE}). Ids only, never names or case text.
 */
public record AuditEvent(AuditAction action, String recordType, String recordId, PersonId person, String basis) {
}
