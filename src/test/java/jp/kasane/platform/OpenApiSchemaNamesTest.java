package jp.kasane.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.swagger.v3.oas.annotations.media.Schema;
import jp.kasane.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * Every schema of {@code /v3/api-docs} describes one Java type: springdoc names a schema after the simple class
 * name (or {@code @Schema(name)}), so two records of one name would make one endpoint show the other's body.
 */
class OpenApiSchemaNamesTest extends IntegrationTest {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Test
	void noTwoClassesOfTheApiShareASchemaName() {
		Map<String, Set<String>> classesByName = new TreeMap<>();
		Set<Class<?>> seen = new HashSet<>();
		api().forEach((info, method) -> {
			for (MethodParameter parameter : method.getMethodParameters()) {
				if (parameter.hasParameterAnnotation(RequestBody.class)) {
					walk(parameter.getGenericParameterType(), classesByName, seen);
				}
			}
			walk(method.getMethod().getGenericReturnType(), classesByName, seen);
		});
		assertThat(seen).hasSizeGreaterThan(100);
		Map<String, Set<String>> shared = new TreeMap<>(classesByName);
		shared.values().removeIf(classes -> classes.size() < 2);
		assertThat(shared).as("schema names shared by different classes").isEmpty();
	}

	/** Each operation's request body is the schema of its own form, with exactly the form's fields. */
	@Test
	void everyRequestBodyIsDocumentedAsItsOwnForm() {
		JsonNode docs = api("admin").get("/v3/api-docs").json();
		JsonNode schemas = docs.path("components").path("schemas");
		List<String> checked = new ArrayList<>();
		api().forEach((info, method) -> {
			for (MethodParameter parameter : method.getMethodParameters()) {
				if (!parameter.hasParameterAnnotation(RequestBody.class) || !parameter.getParameterType().isRecord()) {
					continue;
				}
				Class<?> form = parameter.getParameterType();
				for (String path : info.getPathPatternsCondition().getPatternValues()) {
					for (var verb : info.getMethodsCondition().getMethods()) {
						JsonNode body = docs.path("paths").path(path).path(verb.name().toLowerCase()).path("requestBody");
						String ref = body.path("content").path("application/json").path("schema").path("$ref").asString();
						assertThat(ref).as(verb + " " + path).startsWith("#/components/schemas/");
						String name = ref.substring(ref.lastIndexOf('/') + 1);
						assertThat(name).as(verb + " " + path).isEqualTo(schemaName(form));
						Set<String> documented = new TreeSet<>();
						schemas.path(name).path("properties").propertyNames().forEach(documented::add);
						Set<String> components = new TreeSet<>();
						Arrays.stream(form.getRecordComponents()).map(RecordComponent::getName).forEach(components::add);
						assertThat(documented).as(verb + " " + path + " documents the fields of " + form.getName())
							.isEqualTo(components);
						checked.add(verb + " " + path);
					}
				}
			}
		});
		assertThat(checked).hasSizeGreaterThan(100);
		// The 支援経過記録 takes only the text; the date is the day it is written (no ignored notedOn).
		assertThat(schemas.path(schemaNameOfBody("/api/v1/cases/{id}/notes", docs)).path("properties").propertyNames())
			.containsExactly("text");
	}

	private Map<RequestMappingInfo, HandlerMethod> api() {
		Map<RequestMappingInfo, HandlerMethod> api = new java.util.LinkedHashMap<>();
		mapping.getHandlerMethods().forEach((info, method) -> {
			if (info.getPathPatternsCondition() != null
					&& info.getPathPatternsCondition().getPatternValues().stream().anyMatch(p -> p.startsWith("/api/"))) {
				api.put(info, method);
			}
		});
		return api;
	}

	private static String schemaNameOfBody(String path, JsonNode docs) {
		String ref = docs.path("paths").path(path).path("post").path("requestBody").path("content").path("application/json")
			.path("schema").path("$ref").asString();
		return ref.substring(ref.lastIndexOf('/') + 1);
	}

	static String schemaName(Class<?> type) {
		Schema schema = type.getAnnotation(Schema.class);
		return schema != null && !schema.name().isEmpty() ? schema.name() : type.getSimpleName();
	}

	/** Collects the application's classes reachable from a type (record components, fields, type arguments). */
	private static void walk(Type type, Map<String, Set<String>> names, Set<Class<?>> seen) {
		if (type instanceof ParameterizedType p) {
			walk(p.getRawType(), names, seen);
			Arrays.stream(p.getActualTypeArguments()).forEach(t -> walk(t, names, seen));
		}
		else if (type instanceof WildcardType w) {
			Arrays.stream(w.getUpperBounds()).forEach(t -> walk(t, names, seen));
		}
		else if (type instanceof GenericArrayType a) {
			walk(a.getGenericComponentType(), names, seen);
		}
		else if (type instanceof Class<?> c) {
			if (c.isArray()) {
				walk(c.getComponentType(), names, seen);
				return;
			}
			if (c.isEnum() || c.isPrimitive() || !c.getName().startsWith("jp.kasane.") || !seen.add(c)) {
				return;
			}
			if (c.getTypeParameters().length == 0) {
				names.computeIfAbsent(schemaName(c), k -> new TreeSet<>()).add(c.getName());
			}
			if (c.isRecord()) {
				Arrays.stream(c.getRecordComponents()).forEach(r -> walk(r.getGenericType(), names, seen));
			}
			else {
				for (Field f : c.getDeclaredFields()) {
					if (!Modifier.isStatic(f.getModifiers())) {
						walk(f.getGenericType(), names, seen);
					}
				}
			}
			if (c.isSealed()) {
				Arrays.stream(c.getPermittedSubclasses()).forEach(t -> walk(t, names, seen));
			}
		}
	}
}
