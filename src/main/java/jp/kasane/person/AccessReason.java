package jp.kasane.person;

/** Why an agency may see a person (the legal basis recorded with every read). */
public enum AccessReason {
	/** The agency registered the person (相談を受けた機関). */
	REGISTERED,
	/** The person's consent names the agency (本人同意). */
	CONSENT,
	/** Another module granted it, e.g. an accepted referral or conference membership. */
	GRANTED
}
