package jp.kasane.platform;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page (the start page is the worklist module's). */
@Controller
class HomeController {

	@GetMapping("/login")
	String login() {
		return "login";
	}
}
