package jp.kasane.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The answers of {@code /error}, where the servlet container sends what failed outside Spring MVC (a
 * security filter, a body the container could not read): problem+json with a stable {@code code} for
 * API clients, the Japanese page {@code templates/error/<status>.html} for browsers. Asked for
 * directly, {@code /error} itself is not a resource: 404, never Boot's 500 with status 999.
 */
class ErrorAnswers extends BasicErrorController {

	/** code and Japanese detail per status; the same words as {@link ApiProblemAdvice}. */
	private static final Map<HttpStatus, List<String>> ANSWERS = Map.ofEntries(
			Map.entry(HttpStatus.BAD_REQUEST, List.of("BAD_REQUEST", "入力または要求の形式が正しくありません")),
			Map.entry(HttpStatus.UNAUTHORIZED, List.of("UNAUTHENTICATED", "認証が必要です（HTTP Basic）")),
			Map.entry(HttpStatus.FORBIDDEN, List.of("FORBIDDEN", "この操作を行う権限がありません")),
			Map.entry(HttpStatus.NOT_FOUND, List.of("NOT_FOUND", "見つからないか、閲覧する権限がありません")),
			Map.entry(HttpStatus.METHOD_NOT_ALLOWED, List.of("METHOD_NOT_ALLOWED", "このメソッドは使えません")),
			Map.entry(HttpStatus.CONFLICT, List.of("CONFLICT", "登録済みの内容と矛盾するため保存できませんでした")),
			Map.entry(HttpStatus.CONTENT_TOO_LARGE, List.of("PAYLOAD_TOO_LARGE", "リクエスト本文が大きすぎます")),
			Map.entry(HttpStatus.UNSUPPORTED_MEDIA_TYPE, List.of("UNSUPPORTED_MEDIA_TYPE", "この Content-Type には対応していません")),
			Map.entry(HttpStatus.SERVICE_UNAVAILABLE, List.of("SERVICE_UNAVAILABLE", "現在この操作を行えません")));

	ErrorAnswers(ErrorAttributes attributes, WebProperties web, List<ErrorViewResolver> resolvers) {
		super(attributes, web.getError(), resolvers);
	}

	/** A request for {@code /error} itself carries no status of a failed request: nothing is here. */
	@Override
	protected HttpStatus getStatus(HttpServletRequest request) {
		return request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null ? HttpStatus.NOT_FOUND
				: super.getStatus(request);
	}

	@Override
	public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
		HttpStatus status = getStatus(request);
		if (status == HttpStatus.NO_CONTENT) {
			return new ResponseEntity<>(status);
		}
		List<String> answer = ANSWERS.getOrDefault(status, status.is5xxServerError()
				? List.of("INTERNAL_ERROR", "処理中に問題が発生しました。時間をおいて再度お試しください")
				: List.of("HTTP_" + status.value(), "入力または要求の形式が正しくありません"));
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", answer.get(1));
		problem.put("instance", uri != null ? uri.toString() : request.getRequestURI());
		problem.put("code", answer.get(0));
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/** Replaces Boot's BasicErrorController (which backs off when another ErrorController exists). */
	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		ErrorAnswers errorAnswers(ErrorAttributes attributes, WebProperties web, ObjectProvider<ErrorViewResolver> resolvers) {
			return new ErrorAnswers(attributes, web, resolvers.orderedStream().toList());
		}
	}
}
