package jp.kasane.reporting;

import jp.kasane.shared.AccessRefused;
import jp.kasane.shared.InvalidField;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page 実績報告・統計 ({@code /reports}): choose a 年度 (the current one by default) and, for municipal staff, the
 * purpose; see the tables and download the files. Invalid input is shown in Japanese beside the selector.
 */
@Controller
class ReportingPageController {

	private final ReportingManagement reporting;

	ReportingPageController(ReportingManagement reporting) {
		this.reporting = reporting;
	}

	@GetMapping("/reports")
	String page(@RequestParam(required = false) String year, @RequestParam(required = false) String purpose, Model model) {
		String chosen = year == null || year.isBlank() ? Integer.toString(reporting.currentYear().year()) : year.strip();
		model.addAttribute("years", reporting.selectableYears());
		model.addAttribute("year", chosen);
		model.addAttribute("municipal", reporting.defaultPurpose() == ReportPurpose.INTERNAL);
		try {
			FiscalYearReport report = reporting.report(chosen, purpose);
			model.addAttribute("report", report);
			model.addAttribute("purpose", report.purpose().name());
		}
		catch (InvalidField ex) {
			model.addAttribute("errors", java.util.Map.of(ex.field(), ex.getMessage()));
			model.addAttribute("purpose", reporting.defaultPurpose().name());
		}
		catch (AccessRefused ex) {
			model.addAttribute("errors", java.util.Map.of("purpose", ex.getMessage()));
			model.addAttribute("purpose", reporting.defaultPurpose().name());
		}
		return "reporting/fiscal-year";
	}
}
