package jp.kasane.person;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jp.kasane.shared.AgencyId;
import jp.kasane.shared.PersonId;
import jp.kasane.shared.TenantId;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** People of the current tenant, always filtered by what the actor may see. */
@Repository
class People {

	private final JdbcClient jdbc;

	People(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Person> find(TenantId tenant, PersonId id) {
		return jdbc.sql("SELECT * FROM person WHERE tenant_id = ? AND id = ?")
			.params(tenant.value(), id.value())
			.query(People::map)
			.optional();
	}

	/** Partial match on the normalised name or kana (pg_trgm index), people the actor may see only. */
	List<Person> search(PersonVisibility visibility, String key, int limit) {
		return visibility.bind(jdbc.sql("SELECT p.* FROM person p WHERE p.tenant_id = :viewerTenant AND " + visibility.visible("p.id")
				+ " AND (:key = '' OR p.name_key LIKE '%' || :key || '%' OR p.kana_key LIKE '%' || :key || '%')"
				+ " ORDER BY p.kana_key, p.birth_date LIMIT :limit"))
			.param("key", key)
			.param("limit", limit)
			.query(People::map)
			.list();
	}

	/** Probable duplicates (名寄せ): same normalised name or kana and the same date of birth. */
	List<Person> probableDuplicates(TenantId tenant, String nameKey, String kanaKey, LocalDate birthDate, PersonId except) {
		return jdbc.sql("""
				SELECT * FROM person
				 WHERE tenant_id = :tenant AND id <> :except
				   AND (name_key = :nameKey OR kana_key = :kanaKey)
				   AND (birth_date = :birth OR (CAST(:birth AS date) IS NULL AND name_key = :nameKey AND kana_key = :kanaKey))
				 ORDER BY created_at LIMIT 20""")
			.param("tenant", tenant.value())
			.param("except", except == null ? new UUID(0, 0) : except.value())
			.param("nameKey", nameKey)
			.param("kanaKey", kanaKey)
			.param("birth", birthDate)
			.query(People::map)
			.list();
	}

	void insert(Person p) {
		jdbc.sql("""
				INSERT INTO person (tenant_id, id, family_name, given_name, family_kana, given_kana, name_key, kana_key,
				                    birth_date, sex, postal_code, address, phone, safe_contact_note, registered_by_agency)
				VALUES (:tenant, :id, :familyName, :givenName, :familyKana, :givenKana, :nameKey, :kanaKey,
				        :birth, :sex, :postalCode, :address, :phone, :note, :agency)""")
			.params(params(p))
			.update();
	}

	void update(Person p) {
		int rows = jdbc.sql("""
				UPDATE person SET family_name = :familyName, given_name = :givenName, family_kana = :familyKana,
				       given_kana = :givenKana, name_key = :nameKey, kana_key = :kanaKey, birth_date = :birth, sex = :sex,
				       postal_code = :postalCode, address = :address, phone = :phone, safe_contact_note = :note,
				       updated_at = now(), version = version + 1
				 WHERE tenant_id = :tenant AND id = :id AND version = :version""")
			.params(params(p))
			.update();
		if (rows == 0) {
			throw new OptimisticLockingFailureException("person " + p.id() + " changed concurrently");
		}
	}

	private static Map<String, Object> params(Person p) {
		Map<String, Object> map = new HashMap<>();
		map.put("tenant", p.tenantId().value());
		map.put("id", p.id().value());
		map.put("familyName", p.familyName());
		map.put("givenName", p.givenName());
		map.put("familyKana", p.familyKana());
		map.put("givenKana", p.givenKana());
		map.put("nameKey", NameNormalizer.key(p.familyName() + p.givenName()));
		map.put("kanaKey", NameNormalizer.key(p.familyKana() + p.givenKana()));
		map.put("birth", p.birthDate());
		map.put("sex", p.sex());
		map.put("postalCode", p.postalCode());
		map.put("address", p.address());
		map.put("phone", p.phone());
		map.put("note", p.safeContactNote());
		map.put("agency", p.registeredBy().value());
		map.put("version", p.version());
		return map;
	}

	static Person map(ResultSet rs, int row) throws SQLException {
		return new Person(new PersonId(rs.getObject("id", UUID.class)), new TenantId(rs.getObject("tenant_id", UUID.class)),
				rs.getString("family_name"), rs.getString("given_name"), rs.getString("family_kana"),
				rs.getString("given_kana"), rs.getObject("birth_date", LocalDate.class), rs.getString("sex"),
				rs.getString("postal_code"), rs.getString("address"), rs.getString("phone"),
				rs.getString("safe_contact_note"), new AgencyId(rs.getObject("registered_by_agency", UUID.class)),
				rs.getInt("version"));
	}
}
