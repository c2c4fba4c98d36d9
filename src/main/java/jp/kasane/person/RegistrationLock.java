package jp.kasane.person;

import java.util.TreeSet;

import jp.kasane.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Serialises 名寄せ: two registrations that could be duplicates of each other take the same PostgreSQL
 * advisory lock before the duplicate query, held until their transaction ends, so the second one
 * sees the first (READ COMMITTED reads afresh after the wait) and gets the usual "probable duplicate"
 * answer. A lock in the database rather than in memory, so it holds across application nodes.
 *
 * <p>The keys are the tenant with the normalised name, and the tenant with the normalised フリガナ,
 * because {@link People#probableDuplicates} matches on either. The date of birth is deliberately not
 * part of the key: a registration without one matches that name on any date. Keys are taken in
 * ascending order, so two registrations never wait for each other crosswise; a hash collision only
 * makes two unrelated registrations wait in turn.
 */
@Component
class RegistrationLock {

	/** The first key of the two-key advisory lock: the namespace of these locks ("名寄" in Unicode). */
	static final int NAMESPACE = 0x540D_5BC4;

	private final JdbcClient jdbc;

	RegistrationLock(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Waits until no other transaction registers someone who could be a duplicate of this person. */
	@Transactional(propagation = Propagation.MANDATORY)
	void lock(Person person) {
		for (int key : keys(person.tenantId(), NameNormalizer.key(person.familyName() + person.givenName()),
				NameNormalizer.key(person.familyKana() + person.givenKana()))) {
			jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(?, ?)").params(NAMESPACE, key).query(Integer.class).single();
		}
	}

	/** The second keys of the locks, in the order they are taken; stable across JVMs (String.hashCode is specified). */
	static TreeSet<Integer> keys(TenantId tenant, String nameKey, String kanaKey) {
		TreeSet<Integer> keys = new TreeSet<>();
		keys.add((tenant.value() + "|name|" + nameKey).hashCode());
		keys.add((tenant.value() + "|kana|" + kanaKey).hashCode());
		return keys;
	}
}
