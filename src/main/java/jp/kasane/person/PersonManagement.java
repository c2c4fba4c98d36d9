package jp.kasane.person;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jp.kasane.audit.AuditAction;
import jp.kasane.audit.AuditEvent;
import jp.kasane.audit.AuditLog;
import jp.kasane.shared.Actor;
import jp.kasane.shared.ActorContext;
import jp.kasane.shared.InvalidDateException;
import jp.kasane.shared.InvalidField;
import jp.kasane.shared.NotFoundException;
import jp.kasane.shared.PersonId;
import jp.kasane.shared.WarekiDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The person module's API: find, read, register and correct people. Every read is authorised by
 * {@link PersonAccess} and written to the audit log in the same transaction (no entry, no data).
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('MUNICIPAL_STAFF', 'COORDINATOR', 'CASEWORKER')")
public class PersonManagement {

	static final int SEARCH_LIMIT = 50;

	private final People people;
	private final RegistrationLock registrations;
	private final PersonAccess access;
	private final AuditLog audit;
	private final Clock clock;

	PersonManagement(People people, RegistrationLock registrations, PersonAccess access, AuditLog audit, Clock clock) {
		this.people = people;
		this.registrations = registrations;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	/** People the user may see whose name or フリガナ contains the text (normalised), at most 50. */
	public List<Person> search(String text) {
		Actor actor = ActorContext.require();
		String key = NameNormalizer.key(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		List<Person> found = people.search(access.visibility(actor), key, SEARCH_LIMIT);
		audit.recordAll(found.stream()
			.map(p -> event(AuditAction.LIST, p.id(), access.basis(actor, p.id()).orElse("SEARCH")))
			.toList());
		return found;
	}

	/** One person, if the user may see them; otherwise not found. */
	public Person get(PersonId id) {
		Actor actor = ActorContext.require();
		String basis = access.basis(actor, id).orElseThrow(() -> new NotFoundException("person", id.toString()));
		Person person = people.find(actor.tenantId(), id).orElseThrow(() -> new NotFoundException("person", id.toString()));
		audit.record(event(AuditAction.READ, id, basis));
		return person;
	}

	/**
	 * Reads a person on a legal basis that the calling module has established and names — today the
	 * membership of a 支援会議 under 社会福祉法106条の6, checked by the meeting module (invited agency and
	 * signed pledge). Audited with that basis like any other read.
	 */
	public Person getUnder(PersonId id, String legalBasis) {
		Actor actor = ActorContext.require();
		Person person = people.find(actor.tenantId(), id).orElseThrow(() -> new NotFoundException("person", id.toString()));
		audit.record(event(AuditAction.READ, id, legalBasis));
		return person;
	}

	/** Whether the user may see the person, without reading (and so without auditing) anything. */
	@Transactional(readOnly = true)
	public boolean maySee(PersonId id) {
		return access.basis(ActorContext.require(), id).isPresent();
	}

	/**
	 * Registers a person for the user's agency. Unless the form confirms it, a probable duplicate
	 * stops registration with {@link ProbableDuplicate}. Registrations of possibly the same person wait
	 * for each other ({@link RegistrationLock}), so two sent at once get the same answers as one after
	 * the other; a confirmed registration takes the lock too, so that a check running beside it sees it.
	 */
	public Person register(PersonForm form) {
		Actor actor = ActorContext.require();
		Person person = toPerson(PersonId.random(), form, 0, actor);
		registrations.lock(person);
		if (!form.confirmedNotDuplicate()) {
			checkDuplicates(actor, person);
		}
		people.insert(person);
		access.grant(actor.tenantId(), person.id(), actor.agencyId(), AccessReason.REGISTERED, "");
		audit.record(event(AuditAction.CREATE, person.id(), "AGENCY_REGISTERED"));
		return person;
	}

	/** Corrects a person's details; the version in the form guards against lost updates. */
	public Person update(PersonId id, PersonForm form) {
		Actor actor = ActorContext.require();
		Person current = get(id);
		Person changed = toPerson(id, form, form.version() == null ? current.version() : form.version(), actor);
		changed = new Person(id, current.tenantId(), changed.familyName(), changed.givenName(), changed.familyKana(),
				changed.givenKana(), changed.birthDate(), changed.sex(), changed.postalCode(), changed.address(),
				changed.phone(), changed.safeContactNote(), current.registeredBy(), changed.version());
		people.update(changed);
		audit.record(event(AuditAction.UPDATE, id, access.basis(actor, id).orElseThrow()));
		return people.find(actor.tenantId(), id).orElseThrow();
	}

	/** Probable duplicates of what the form describes, split into those the user may see and a count of the rest. */
	@Transactional(readOnly = true)
	public ProbableDuplicate duplicatesOf(PersonForm form) {
		Actor actor = ActorContext.require();
		Person person = toPerson(PersonId.random(), form, 0, actor);
		return duplicates(actor, person);
	}

	private void checkDuplicates(Actor actor, Person person) {
		ProbableDuplicate duplicates = duplicates(actor, person);
		if (!duplicates.visible().isEmpty() || duplicates.hidden() > 0) {
			throw duplicates;
		}
	}

	private ProbableDuplicate duplicates(Actor actor, Person person) {
		List<Person> candidates = people.probableDuplicates(actor.tenantId(),
				NameNormalizer.key(person.familyName() + person.givenName()),
				NameNormalizer.key(person.familyKana() + person.givenKana()), person.birthDate(), person.id());
		List<Person> visible = candidates.stream().filter(c -> access.basis(actor, c.id()).isPresent()).toList();
		audit.recordAll(visible.stream().map(c -> event(AuditAction.LIST, c.id(), access.basis(actor, c.id()).orElseThrow())).toList());
		return new ProbableDuplicate(visible, candidates.size() - visible.size());
	}

	private Person toPerson(PersonId id, PersonForm form, int version, Actor actor) {
		LocalDate birth = birthDate(form.birthDate());
		return new Person(id, actor.tenantId(), clean(form.familyName()), clean(form.givenName()), kana(form.familyKana()),
				kana(form.givenKana()), birth, blankToNull(form.sex()), postalCode(form.postalCode()),
				blankToNull(form.address()), blankToNull(form.phone()), blankToNull(form.safeContactNote()),
				actor.agencyId(), version);
	}

	private LocalDate birthDate(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			LocalDate date = WarekiDate.parse(text);
			if (date.isAfter(LocalDate.now(clock))) {
				throw new InvalidField("birthDate", "生年月日が未来の日付になっています");
			}
			return date;
		}
		catch (InvalidDateException ex) {
			throw new InvalidField("birthDate", ex.getMessage());
		}
	}

	/** フリガナ is kept in full-width katakana whatever was typed. */
	static String kana(String text) {
		String nfkc = Normalizer.normalize(text.strip(), Normalizer.Form.NFKC);
		StringBuilder out = new StringBuilder(nfkc.length());
		nfkc.codePoints().forEach(c -> out.appendCodePoint(c >= 0x3041 && c <= 0x3096 ? c + 0x60 : c));
		return out.toString().replaceAll("[\\s\u3000]+", " ");
	}

	private static String postalCode(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String digits = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[^0-9]", "");
		return digits.substring(0, 3) + "-" + digits.substring(3);
	}

	private static String clean(String text) {
		return text.strip();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	static AuditEvent event(AuditAction action, PersonId person, String basis) {
		return new AuditEvent(action, "person", person.toString(), person, basis);
	}
}
