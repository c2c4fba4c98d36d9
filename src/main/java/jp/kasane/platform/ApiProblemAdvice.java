package jp.kasane.platform;

import java.net.URI;
import java.util.List;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import jp.kasane.shared.AccessRefused;
import jp.kasane.shared.InvalidField;
import jp.kasane.shared.NotFoundException;
import jp.kasane.shared.RuleViolation;
import jp.kasane.shared.ServiceUnavailable;
import jp.kasane.shared.StateConflict;
import jp.kasane.shared.UnknownReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;

/**
 * Every failure of an {@code /api} request becomes RFC 9457 problem+json with a stable {@code code}
 * and, for invalid input, the field errors. Failures of pages are passed on to the Japanese error
 * pages (rethrowing hands the exception to the next resolver).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemAdvice {

	private static final Logger log = LoggerFactory.getLogger(ApiProblemAdvice.class);

	record FieldProblem(String field, String message) {
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException ex, HttpServletRequest request) throws Exception {
		return validation(request, ex, fieldProblems(ex.getBindingResult()));
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	ResponseEntity<ProblemDetail> invalid(HandlerMethodValidationException ex, HttpServletRequest request) throws Exception {
		List<FieldProblem> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap(r -> r.getResolvableErrors().stream().map(e -> new FieldProblem(
					r.getMethodParameter().getParameterName(), e.getDefaultMessage())))
			.toList();
		return validation(request, ex, errors);
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<ProblemDetail> invalid(ConstraintViolationException ex, HttpServletRequest request) throws Exception {
		List<FieldProblem> errors = ex.getConstraintViolations()
			.stream()
			.map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
			.toList();
		return validation(request, ex, errors);
	}

	@ExceptionHandler(InvalidField.class)
	ResponseEntity<ProblemDetail> invalid(InvalidField ex, HttpServletRequest request) throws Exception {
		return validation(request, ex, List.of(new FieldProblem(ex.field(), ex.getMessage())));
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex, HttpServletRequest request) throws Exception {
		rethrowUnlessApi(request, ex);
		// The most specific cause of a bad date is the DateTimeParseException; the field path is on the
		// JacksonException that wraps it, so look along the chain for the outermost one with a path.
		JacksonException jackson = null;
		for (Throwable t = ex.getCause(); t != null && jackson == null; t = t.getCause()) {
			if (t instanceof JacksonException j && !j.getPath().isEmpty()) {
				jackson = j;
			}
		}
		if (jackson != null) {
			String field = String.join(".", jackson.getPath().stream().map(r -> r.getPropertyName() != null
					? r.getPropertyName() : String.valueOf(r.getIndex())).toList());
			ProblemDetail problem = problem(request, HttpStatus.BAD_REQUEST, "INVALID_FIELD_TYPE",
					"項目「" + field + "」の値の型または形式が正しくありません");
			problem.setProperty("errors", List.of(new FieldProblem(field, "値の型または形式が正しくありません")));
			return respond(problem);
		}
		return respond(problem(request, HttpStatus.BAD_REQUEST, "MALFORMED_JSON", "リクエスト本文を JSON として読み取れません"));
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, ServletRequestBindingException.class })
	ResponseEntity<ProblemDetail> badParameter(Exception ex, HttpServletRequest request) throws Exception {
		rethrowUnlessApi(request, ex);
		return respond(problem(request, HttpStatus.BAD_REQUEST, "INVALID_PARAMETER", "パラメータの値が正しくありません"));
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ProblemDetail> mediaType(Exception ex, HttpServletRequest request) throws Exception {
		rethrowUnlessApi(request, ex);
		return respond(problem(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE",
				"Content-Type は application/json で送ってください"));
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ProblemDetail> method(Exception ex, HttpServletRequest request) throws Exception {
		rethrowUnlessApi(request, ex);
		return respond(problem(request, HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED", "このメソッドは使えません"));
	}

	@ExceptionHandler({ NotFoundException.class, NoResourceFoundException.class })
	ResponseEntity<ProblemDetail> notFound(Exception ex, HttpServletRequest request) throws Exception {
		rethrowUnlessApi(request, ex);
		return respond(problem(request, HttpStatus.NOT_FOUND, "NOT_FOUND", "見つからないか、閲覧する権限がありません"));
	}

	@ExceptionHandler(RuleViolation.class)
	ResponseEntity<ProblemDetail> rule(RuleViolation ex, HttpServletRequest request) throws Exception {
		rethrowUnlessApi(request, ex);
		return respond(problem(request, HttpStatus.UNPROCESSABLE_CONTENT, ex.code(), ex.getMessage()));
	}

	@ExceptionHandler(StateConflict.class)
	ResponseEntity<ProblemDetail> stateConflict(StateConflict ex, HttpServletRequest request) throws Exception {
		rethrowUnlessApi(request, ex);
		return respond(problem(request, HttpStatus.CONFLICT, ex.code(), ex.getMessage()));
	}

	@ExceptionHandler(AccessRefused.class)
	ResponseEntity<ProblemDetail> refused(AccessRefused ex, HttpServletRequest request) throws Exception {
		rethrowUnlessApi(request, ex);
		return respond(problem(request, HttpStatus.FORBIDDEN, ex.code(), ex.getMessage()));
	}

	@ExceptionHandler(ServiceUnavailable.class)
	ResponseEntity<ProblemDetail> unavailable(ServiceUnavailable ex, HttpServletRequest request) throws Exception {
		rethrowUnlessApi(request, ex);
		return respond(problem(request, HttpStatus.SERVICE_UNAVAILABLE, ex.code(), ex.getMessage()));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> denied(AccessDeniedException ex, HttpServletRequest request) throws Exception {
		rethrowUnlessApi(request, ex);
		return respond(problem(request, HttpStatus.FORBIDDEN, "FORBIDDEN", "この操作を行う権限がありません"));
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> stale(Exception ex, HttpServletRequest request) throws Exception {
		rethrowUnlessApi(request, ex);
		return respond(problem(request, HttpStatus.CONFLICT, "STALE_VERSION",
				"他の人が先に更新しました。最新の内容を読み込んでからやり直してください"));
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<ProblemDetail> conflict(Exception ex, HttpServletRequest request) throws Exception {
		rethrowUnlessApi(request, ex);
		log.warn("Integrity violation on {}: {}", request.getRequestURI(), ex.getClass().getSimpleName());
		return respond(problem(request, HttpStatus.CONFLICT, "CONFLICT", "登録済みの内容と矛盾するため保存できませんでした"));
	}

	// --- issue 11 item 7 (badinput): unreadable bodies, Spring's own 4xx, partial PUTs, unknown references ---

	/**
	 * A multipart body that cannot be parsed (no or a garbled boundary) fails before any handler: 400 on the
	 * API, the Japanese 400 page otherwise (Spring's resolvers would answer 500). Too large is 413.
	 */
	@ExceptionHandler(MultipartException.class)
	ResponseEntity<ProblemDetail> multipart(MultipartException ex, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		boolean tooLarge = ex instanceof MaxUploadSizeExceededException;
		if (!isApi(request)) {
			// Marks the failure so that the error dispatch does not parse the body again.
			request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, ex);
			response.sendError(tooLarge ? HttpStatus.CONTENT_TOO_LARGE.value() : HttpStatus.BAD_REQUEST.value());
			return null;
		}
		return tooLarge
				? respond(problem(request, HttpStatus.CONTENT_TOO_LARGE, "PAYLOAD_TOO_LARGE", "リクエスト本文が大きすぎます"))
				: respond(problem(request, HttpStatus.BAD_REQUEST, "MALFORMED_MULTIPART",
						"multipart/form-data の本文を読み取れません（boundary を確かめてください）"));
	}

	/** Any other client error Spring reports with its own status (406, 413, a missing part …) keeps that status. */
	private static ResponseEntity<ProblemDetail> clientError(ErrorResponse error, HttpServletRequest request) {
		HttpStatus status = HttpStatus.valueOf(error.getStatusCode().value());
		return respond(problem(request, status, status.name(), "要求を処理できません（" + status.value() + " "
				+ status.getReasonPhrase() + "）"));
	}

	/** A PUT that leaves fields out would erase them: refused, naming every missing field (see CompleteReplacement). */
	@ExceptionHandler(CompleteReplacement.MissingFields.class)
	ResponseEntity<ProblemDetail> missing(CompleteReplacement.MissingFields ex, HttpServletRequest request) throws Exception {
		rethrowUnlessApi(request, ex);
		ProblemDetail problem = problem(request, HttpStatus.BAD_REQUEST, "MISSING_FIELDS",
				"PUT は全項目の置き換えです。省略された項目があります（消す項目は null を送ってください）："
						+ String.join(", ", ex.fields()));
		problem.setProperty("errors", ex.fields().stream()
			.map(f -> new FieldProblem(f, "この項目がありません（消す場合は null を送ってください）"))
			.toList());
		return respond(problem);
	}

	/** A field naming what does not exist or may not be seen: 422, the same answer for both. */
	@ExceptionHandler(UnknownReference.class)
	ResponseEntity<ProblemDetail> unknown(UnknownReference ex, HttpServletRequest request) throws Exception {
		rethrowUnlessApi(request, ex);
		ProblemDetail problem = problem(request, HttpStatus.UNPROCESSABLE_CONTENT, ex.code(), ex.getMessage());
		problem.setProperty("errors", List.of(new FieldProblem(ex.field(), ex.getMessage())));
		return respond(problem);
	}

	// --- end of item 7 ---

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request) throws Exception {
		rethrowUnlessApi(request, ex);
		if (ex instanceof ErrorResponse error && error.getStatusCode().is4xxClientError()) {
			return clientError(error, request);
		}
		log.error("Unexpected failure on {}", request.getRequestURI(), ex);
		return respond(problem(request, HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR",
				"処理中に問題が発生しました。時間をおいて再度お試しください"));
	}

	private ResponseEntity<ProblemDetail> validation(HttpServletRequest request, Exception ex, List<FieldProblem> errors)
			throws Exception {
		rethrowUnlessApi(request, ex);
		ProblemDetail problem = problem(request, HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "入力内容に誤りがあります");
		problem.setProperty("errors", errors);
		return respond(problem);
	}

	private static List<FieldProblem> fieldProblems(BindingResult result) {
		List<FieldProblem> errors = new java.util.ArrayList<>(result.getFieldErrors()
			.stream()
			.map(ApiProblemAdvice::fieldProblem)
			.toList());
		result.getGlobalErrors().forEach(e -> errors.add(new FieldProblem(e.getObjectName(), e.getDefaultMessage())));
		return errors;
	}

	private static FieldProblem fieldProblem(FieldError e) {
		String message = e.isBindingFailure() ? "値の型または形式が正しくありません" : e.getDefaultMessage();
		return new FieldProblem(e.getField(), message);
	}

	static ProblemDetail problem(HttpServletRequest request, HttpStatus status, String code, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setInstance(URI.create(request.getRequestURI()));
		problem.setProperty("code", code);
		return problem;
	}

	private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static void rethrowUnlessApi(HttpServletRequest request, Exception ex) throws Exception {
		if (!isApi(request)) {
			throw ex;
		}
	}

	private static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

}
