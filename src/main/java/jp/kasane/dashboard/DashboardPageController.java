package jp.kasane.dashboard;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jp.kasane.shared.FiscalYear;
import jp.kasane.shared.InvalidField;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The dashboard page: the figures are drawn in the browser by {@code /js/dashboard.js} (ECharts, served from its
 * webjar) from {@code /dashboard/charts.json}; clicking a figure opens {@code /dashboard/records}.
 */
@Controller
class DashboardPageController {

	private final DashboardManagement dashboard;

	DashboardPageController(DashboardManagement dashboard) {
		this.dashboard = dashboard;
	}

	@GetMapping("/dashboard")
	String page(@RequestParam(required = false) String year, Model model, HttpServletResponse response) {
		model.addAttribute("years", dashboard.recentYears());
		model.addAttribute("scope", dashboard.scopeLabel());
		try {
			FiscalYear fy = dashboard.year(year);
			model.addAttribute("year", fy);
		}
		catch (InvalidField ex) {
			response.setStatus(400);
			model.addAttribute("yearError", ex.getMessage());
		}
		return "dashboard/dashboard";
	}

	/** The figures for the page's script (the session's user, as on the page; the API takes HTTP Basic). */
	@GetMapping(path = "/dashboard/charts.json", produces = "application/json")
	@ResponseBody
	DashboardApiController.Dashboard charts(@RequestParam(required = false) String year) {
		FiscalYear fy = dashboard.year(year);
		return new DashboardApiController.Dashboard(fy.year(), fy.label(), dashboard.scopeLabel(), dashboard.charts(fy));
	}

	@GetMapping("/dashboard/records")
	String records(@RequestParam(required = false) String chart, @RequestParam(required = false) String year,
			@RequestParam Map<String, String> params, Model model, HttpServletResponse response) {
		try {
			FiscalYear fy = dashboard.year(year);
			model.addAttribute("list", dashboard.records(chart == null ? "" : chart, fy, params));
		}
		catch (InvalidField ex) {
			response.setStatus(400);
			model.addAttribute("recordsError", ex.getMessage());
		}
		return "dashboard/records";
	}
}
