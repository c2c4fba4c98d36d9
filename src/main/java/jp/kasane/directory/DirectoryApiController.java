package jp.kasane.directory;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** REST API of the directory of social resources and places, and its HSDS 3 export and import. */
@RestController
@RequestMapping("/api/v1/directory")
@Tag(name = "directory", description = "社会資源・居場所：検索（語・対象・地域・曜日と時間帯）、登録・変更、HSDS 3 JSON の書き出し・取り込み")
class DirectoryApiController {

	private final DirectoryManagement directory;

	DirectoryApiController(DirectoryManagement directory) {
		this.directory = directory;
	}

	@GetMapping("/places")
	@Operation(summary = "社会資源・居場所を探す", description = "例：土曜の午後に子どもが行ける北小学校区の場所 → "
			+ "?target=CHILDREN&area=北小学校区&day=土&time=午後。対象「誰でも」の場所と、地域を定めない（市内全域の）場所も含みます。"
			+ "所在地非公開の場所の所在地は、市町村の担当課以外には「" + Place.CONFIDENTIAL_NOTICE + "」と返します。")
	List<Place> search(@Parameter(description = "語（名称・説明・運営者の部分一致、空白区切りですべてを含む）") @RequestParam(required = false) String q,
			@Parameter(description = "対象：EVERYONE, ELDERLY, DISABILITY, CHILDREN, LIVING_HARDSHIP, MULTI_GENERATION（または日本語名）") @RequestParam(required = false) String target,
			@Parameter(description = "地域の名前（北小学校区）または id") @RequestParam(required = false) String area,
			@Parameter(description = "曜日（月〜日、MO〜SU）または日付（2026-11-28）") @RequestParam(required = false) String day,
			@Parameter(description = "時間帯：午前（6–12時）、午後（12–18時）、夜間（18–24時）、時刻 14:00、範囲 13:00-15:00") @RequestParam(required = false) String time) {
		return directory.search(new DirectorySearch(q, target, area, day, time));
	}

	@GetMapping("/places/{id}")
	@Operation(summary = "社会資源・居場所の詳細")
	Place get(@PathVariable UUID id) {
		return directory.get(id);
	}

	@PostMapping("/places")
	@Operation(summary = "社会資源・居場所を登録する（市町村の担当課・地域づくり事業者。所在地非公開の場所は市町村の担当課のみ）")
	ResponseEntity<Place> create(@Valid @RequestBody PlaceForm form) {
		Place place = directory.create(form);
		return ResponseEntity.created(URI.create("/api/v1/directory/places/" + place.id())).body(place);
	}

	@PutMapping("/places/{id}")
	@Operation(summary = "社会資源・居場所を変更する（version が必要）")
	Place update(@PathVariable UUID id, @Valid @RequestBody PlaceForm form) {
		return directory.update(id, form);
	}

	@GetMapping("/areas")
	@Operation(summary = "地域（小学校区・中学校区・日常生活圏域）の一覧")
	List<Area> areas() {
		return directory.areas();
	}

	@PostMapping("/areas")
	@Operation(summary = "地域を追加する（市町村の担当課・地域づくり事業者）")
	ResponseEntity<Area> defineArea(@Valid @RequestBody AreaForm form) {
		Area area = directory.defineArea(form.name(), form.level());
		return ResponseEntity.created(URI.create("/api/v1/directory/areas")).body(area);
	}

	@GetMapping("/hsds")
	@Operation(summary = "Open Referral HSDS 3 JSON で書き出す", description = "organizations, services（schedules, service_areas, "
			+ "attributes を含む）, locations, service_at_locations, taxonomies, taxonomy_terms。所在地非公開の場所は、"
			+ "市町村の担当課以外には所在地を含めません。")
	ObjectNode export() {
		return directory.exportHsds();
	}

	@PostMapping("/hsds")
	@Operation(summary = "HSDS 3 JSON を取り込む（service の id で登録または置き換え、すべてかゼロか。市町村の担当課・地域づくり事業者）")
	DirectoryManagement.ImportResult importHsds(@RequestBody JsonNode document) {
		return directory.importHsds(document);
	}
}
