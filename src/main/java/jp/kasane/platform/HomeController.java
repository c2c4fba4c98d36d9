package jp.kasane.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jp.kasane.shared.SignInThrottled;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page (the start page is the worklist module's). */
@Controller
class HomeController {

	/** After a throttled attempt the page says why and how long to wait (the failure handler kept the exception). */
	@GetMapping("/login")
	String login(HttpServletRequest request, Model model) {
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof SignInThrottled t) {
			model.addAttribute("throttled", t.japaneseMessage());
		}
		return "login";
	}
}
