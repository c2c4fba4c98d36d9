package jp.kasane.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jp.kasane.shared.Omittable;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code PUT} replaces the whole resource, so a field the client left out would be erased without anyone
 * having asked for it. Every {@code PUT} body (a record form) must therefore name every component,
 * {@code null} to clear one; otherwise the request is refused with 400 {@code MISSING_FIELDS} naming each
 * missing field (nested forms and lists of forms too), and nothing is saved. Components marked
 * {@link Omittable} may be left out. One rule for every {@code @PutMapping} of the API.
 */
@RestControllerAdvice
class CompleteReplacement extends RequestBodyAdviceAdapter {

	private final JsonMapper json;

	CompleteReplacement(JsonMapper json) {
		this.json = json;
	}

	@Override
	public boolean supports(MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converter) {
		return AnnotatedElementUtils.hasAnnotation(parameter.getExecutable(), PutMapping.class)
				&& parameter.getParameterType().isRecord();
	}

	@Override
	public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converter) throws IOException {
		byte[] body = input.getBody().readAllBytes();
		JsonNode tree;
		try {
			tree = json.readTree(body);
		}
		catch (JacksonException unreadable) {
			tree = null; // the converter reports the malformed JSON as usual
		}
		if (tree != null && tree.isObject()) {
			List<String> missing = new ArrayList<>();
			missing(tree, parameter.getParameterType(), "", missing);
			if (!missing.isEmpty()) {
				throw new MissingFields(missing);
			}
		}
		return new HttpInputMessage() {
			@Override
			public InputStream getBody() {
				return new ByteArrayInputStream(body);
			}

			@Override
			public HttpHeaders getHeaders() {
				return input.getHeaders();
			}
		};
	}

	/** The paths of the components of {@code form} that {@code node} lacks, e.g. {@code roles[0].agency} (as validation names them). */
	static void missing(JsonNode node, Class<?> form, String prefix, List<String> out) {
		for (RecordComponent component : form.getRecordComponents()) {
			String path = prefix + component.getName();
			JsonNode value = node.get(component.getName());
			if (value == null) {
				if (!component.isAnnotationPresent(Omittable.class)) {
					out.add(path);
				}
			}
			else if (value.isObject() && component.getType().isRecord()) {
				missing(value, component.getType(), path + ".", out);
			}
			else if (value.isArray() && Collection.class.isAssignableFrom(component.getType())
					&& component.getGenericType() instanceof ParameterizedType list
					&& list.getActualTypeArguments()[0] instanceof Class<?> element && element.isRecord()) {
				for (int i = 0; i < value.size(); i++) {
					if (value.get(i).isObject()) {
						missing(value.get(i), element, path + "[" + i + "].", out);
					}
				}
			}
		}
	}

	/** A PUT body without some of its fields; {@link ApiProblemAdvice} answers 400 naming them. */
	static final class MissingFields extends RuntimeException {

		private final List<String> fields;

		MissingFields(List<String> fields) {
			super("missing fields " + fields);
			this.fields = List.copyOf(fields);
		}

		List<String> fields() {
			return fields;
		}
	}
}
