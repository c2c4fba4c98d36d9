package jp.kasane.person;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jp.kasane.shared.HouseholdId;
import jp.kasane.shared.PersonId;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST API for people and households. Every answer that contains a person is audited. */
@RestController
@RequestMapping("/api/v1")
@Validated
@Tag(name = "person", description = "人（住民）と世帯。名寄せ・世帯の履歴")
class PersonApiController {

	private final PersonManagement people;
	private final HouseholdManagement households;

	PersonApiController(PersonManagement people, HouseholdManagement households) {
		this.people = people;
		this.households = households;
	}

	/** A person in API answers, with the date of birth in both calendars. */
	record PersonResource(UUID id, String familyName, String givenName, String familyKana, String givenKana,
			java.time.LocalDate birthDate, String birthDateText, String sex, String postalCode, String address, String phone,
			String safeContactNote, UUID registeredByAgency, int version) {

		static PersonResource of(Person p) {
			return new PersonResource(p.id().value(), p.familyName(), p.givenName(), p.familyKana(), p.givenKana(),
					p.birthDate(), p.birthDateText(), p.sex(), p.postalCode(), p.address(), p.phone(), p.safeContactNote(),
					p.registeredBy().value(), p.version());
		}
	}

	@GetMapping("/people")
	@Operation(summary = "氏名・フリガナの部分一致で検索（全角半角・ひらがなカタカナ・異体字を同一視、最大50件）")
	List<PersonResource> search(@RequestParam(defaultValue = "") @Size(max = 60, message = "検索語は60文字以内です") String q) {
		return people.search(q).stream().map(PersonResource::of).toList();
	}

	@GetMapping("/people/{id}")
	@Operation(summary = "人の詳細（閲覧の根拠がなければ 404）")
	PersonResource get(@PathVariable String id) {
		return PersonResource.of(people.get(PersonId.of(id)));
	}

	@PostMapping("/people")
	@Operation(summary = "人を登録。名寄せで重複の可能性があれば 409 PROBABLE_DUPLICATE（confirmedNotDuplicate=true で登録）")
	ResponseEntity<PersonResource> register(@Valid @RequestBody PersonForm form) {
		Person person = people.register(form);
		return ResponseEntity.created(URI.create("/api/v1/people/" + person.id())).body(PersonResource.of(person));
	}

	@PutMapping("/people/{id}")
	@Operation(summary = "人の情報を訂正（version が古ければ 409）")
	PersonResource update(@PathVariable String id, @Valid @RequestBody PersonForm form) {
		return PersonResource.of(people.update(PersonId.of(id), form));
	}

	@GetMapping("/people/{id}/households")
	@Operation(summary = "人が属する（属した）世帯と続柄")
	List<Membership> memberships(@PathVariable String id) {
		PersonId person = PersonId.of(id);
		people.get(person);
		return households.membershipsOf(person);
	}

	@GetMapping("/households/{id}")
	@Operation(summary = "世帯（閲覧できる世帯員・履歴・関わる機関と分野）")
	HouseholdView household(@PathVariable String id) {
		return households.view(HouseholdId.of(id));
	}

	@PostMapping("/households")
	@Operation(summary = "世帯を作る（最初の世帯員と続柄）")
	ResponseEntity<HouseholdView> createHousehold(@Valid @RequestBody HouseholdForm form) {
		HouseholdId id = households.create(form);
		return ResponseEntity.created(URI.create("/api/v1/households/" + id)).body(households.view(id));
	}

	@PostMapping("/households/{id}/members")
	@Operation(summary = "世帯員を加える")
	HouseholdView addMember(@PathVariable String id, @Valid @RequestBody MemberForm form) {
		HouseholdId household = HouseholdId.of(id);
		households.addMember(household, form);
		return households.view(household);
	}

	@PostMapping("/households/{id}/members/{membership}/leave")
	@Operation(summary = "世帯員が世帯を離れる（履歴に残る）")
	HouseholdView leave(@PathVariable String id, @PathVariable UUID membership, @Valid @RequestBody LeaveForm form) {
		HouseholdId household = HouseholdId.of(id);
		households.leave(household, membership, form);
		return households.view(household);
	}

	@ExceptionHandler(ProbableDuplicate.class)
	ResponseEntity<ProblemDetail> duplicate(ProbableDuplicate ex, HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		problem.setInstance(URI.create(request.getRequestURI()));
		problem.setProperty("code", ex.code());
		problem.setProperty("candidates", ex.visible().stream()
			.map(p -> Map.of("id", p.id().value(), "name", p.fullName(), "birthDate", p.birthDateText()))
			.toList());
		problem.setProperty("candidatesNotShared", ex.hidden());
		return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}
}
