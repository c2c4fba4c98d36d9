package jp.kasane.dashboard;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.kasane.shared.FiscalYear;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The dashboards' figures as JSON, and the records behind a figure. */
@RestController
@RequestMapping("/api/v1/dashboard")
@Tag(name = "dashboard", description = "ダッシュボード：年度の相談・つなぎ・事例・会議・アウトリーチ・参加支援・地域課題・狭間の世帯の集計と、その記録")
class DashboardApiController {

	private final DashboardManagement dashboard;

	DashboardApiController(DashboardManagement dashboard) {
		this.dashboard = dashboard;
	}

	/** Every figure of a year for the user's scope. */
	record Dashboard(int year, String yearLabel, String scope, List<ChartData> charts) {
	}

	@GetMapping
	@Operation(summary = "年度のすべてのグラフ（year は西暦の年度、省略時は今年度）")
	Dashboard all(@RequestParam(required = false) String year) {
		FiscalYear fy = dashboard.year(year);
		return new Dashboard(fy.year(), fy.label(), dashboard.scopeLabel(), dashboard.charts(fy));
	}

	@GetMapping("/{chart}")
	@Operation(summary = "年度の一つのグラフ（consultations-by-field, referrals, cases-by-state など）")
	ChartData chart(@PathVariable String chart, @RequestParam(required = false) String year) {
		return dashboard.chart(chart, dashboard.year(year));
	}

	@GetMapping("/{chart}/records")
	@Operation(summary = "グラフの項目の記録（閲覧できるものだけ。閲覧できないものは件数のみ）")
	RecordList records(@PathVariable String chart, @RequestParam(required = false) String year,
			@RequestParam Map<String, String> params) {
		return dashboard.records(chart, dashboard.year(year), params);
	}
}
