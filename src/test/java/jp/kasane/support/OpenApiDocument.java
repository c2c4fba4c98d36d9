package jp.kasane.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The live OpenAPI document of the running application, read as the hostile tests need it: every
 * operation under {@code /api} with its parameters and JSON body schema, and plausible bodies made
 * from those schemas.
 */
public final class OpenApiDocument {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final int MAX_DEPTH = 4;

	/** A parameter of an operation ({@code in} is path or query). */
	public record Param(String name, String in, JsonNode schema) {
	}

	/** One operation: method, path template, parameters and the JSON request body schema (or null). */
	public record Operation(String method, String path, List<Param> params, JsonNode body) {

		public boolean isWrite() {
			return !method.equals("GET");
		}

		public List<Param> pathParams() {
			return params.stream().filter(p -> p.in().equals("path")).toList();
		}

		public List<Param> queryParams() {
			return params.stream().filter(p -> p.in().equals("query")).toList();
		}

		@Override
		public String toString() {
			return method + " " + path;
		}
	}

	private final JsonNode root;
	private final List<Operation> operations;

	private OpenApiDocument(JsonNode root) {
		this.root = root;
		List<Operation> ops = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : root.path("paths").properties()) {
			if (!path.getKey().startsWith("/api/")) {
				continue;
			}
			for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
				List<Param> params = new ArrayList<>();
				for (JsonNode p : op.getValue().path("parameters").values()) {
					params.add(new Param(p.path("name").asString(), p.path("in").asString(), p.path("schema")));
				}
				JsonNode body = op.getValue().path("requestBody").path("content").path("application/json").path("schema");
				ops.add(new Operation(op.getKey().toUpperCase(), path.getKey(), List.copyOf(params),
						body.isMissingNode() ? null : body));
			}
		}
		ops.sort(Comparator.comparing(Operation::path).thenComparing(Operation::method));
		this.operations = List.copyOf(ops);
	}

	/** Reads {@code /v3/api-docs} of the application listening on the port. */
	public static OpenApiDocument load(int port) {
		try {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs")).build(),
						HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			if (response.statusCode() != 200) {
				throw new IllegalStateException("/v3/api-docs answered " + response.statusCode());
			}
			return new OpenApiDocument(JSON.readTree(response.body()));
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public List<Operation> operations() {
		return operations;
	}

	/** The schema itself, or the component it refers to. */
	public JsonNode resolve(JsonNode schema) {
		JsonNode current = schema;
		for (int i = 0; i < 10 && current != null && current.has("$ref"); i++) {
			String ref = current.path("$ref").asString();
			current = root.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
		}
		return current;
	}

	/** The properties of an object schema (resolved), in document order; empty for anything else. */
	public Map<String, JsonNode> properties(JsonNode schema) {
		Map<String, JsonNode> out = new LinkedHashMap<>();
		JsonNode resolved = resolve(schema);
		if (resolved != null) {
			for (Map.Entry<String, JsonNode> p : resolved.path("properties").properties()) {
				out.put(p.getKey(), p.getValue());
			}
		}
		return out;
	}

	/**
	 * A plausible value for the schema: every property filled, enums with their first value, dates
	 * today. {@code override} may supply the value of a property by name (null: no override).
	 */
	public Object example(JsonNode schema, LocalDate today, BiFunction<String, JsonNode, Optional<Object>> override) {
		return example(null, schema, today, override, 0);
	}

	private Object example(String name, JsonNode schema, LocalDate today,
			BiFunction<String, JsonNode, Optional<Object>> override, int depth) {
		JsonNode s = resolve(schema);
		if (s == null || s.isMissingNode()) {
			return null;
		}
		if (name != null) {
			Optional<Object> given = override.apply(name, s);
			if (given.isPresent()) {
				return given.get();
			}
		}
		if (s.has("enum")) {
			return s.path("enum").path(0).asString();
		}
		String type = s.path("type").asString("object");
		String format = s.path("format").asString("");
		switch (type) {
			case "string":
				return switch (format) {
					case "date" -> today.toString();
					case "date-time" -> today.atStartOfDay() + ":00+09:00";
					case "uuid" -> new java.util.UUID(0, 1).toString();
					default -> "テスト";
				};
			case "integer":
			case "number":
				return 1;
			case "boolean":
				return false;
			case "array":
				List<Object> list = new ArrayList<>();
				if (depth < MAX_DEPTH) {
					Object item = example(name, s.path("items"), today, override, depth + 1);
					if (item != null) {
						list.add(item);
					}
				}
				return list;
			default:
				Map<String, Object> object = new LinkedHashMap<>();
				if (depth < MAX_DEPTH) {
					for (Map.Entry<String, JsonNode> p : properties(s).entrySet()) {
						object.put(p.getKey(), example(p.getKey(), p.getValue(), today, override, depth + 1));
					}
				}
				return object;
		}
	}
}
