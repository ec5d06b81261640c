package org.syncscope.connect.rest;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A client of a Kafka Connect worker's REST interface (plain {@code java.net.http}, JSON through Jackson):
 * connectors, their configuration and status, pause, resume, restart and delete, and the worker's health.
 * Every call is bounded by a timeout; a worker that cannot be reached gives a {@link ConnectRestException}
 * that names the address and the cause, one that answers with an error gives its status and message.
 */
public final class ConnectClient {

	private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
	private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
	private static final ObjectMapper JSON = new ObjectMapper();

	private final URI baseUrl;
	private final Optional<String> authorization;
	private final HttpClient http;

	/** A client of the worker at {@code baseUrl} (e.g. {@code http://127.0.0.1:8083/}). */
	public ConnectClient(URI baseUrl) {
		this(baseUrl, Optional.empty());
	}

	/**
	 * A client of the worker at {@code baseUrl} that sends {@code authorization} as the value of every request's
	 * {@code Authorization} header (e.g. {@code Basic ...} for a worker behind basic authentication).
	 */
	public ConnectClient(URI baseUrl, Optional<String> authorization) {
		this.baseUrl = baseUrl.toString().endsWith("/") ? baseUrl : URI.create(baseUrl + "/");
		this.authorization = authorization;
		this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
	}

	/** The worker's address. */
	public URI baseUrl() {
		return baseUrl;
	}

	/** Whether the worker answers its {@code /health} with 200: started, in its group, ready for requests. */
	public boolean isHealthy() {
		try {
			return send(HttpRequest.newBuilder(resolve("health")).GET()).statusCode() == 200;
		} catch (ConnectRestException unreachable) {
			return false;
		}
	}

	/** The Kafka version the worker runs. */
	public String version() throws ConnectRestException {
		return read(HttpRequest.newBuilder(baseUrl).GET()).path("version").asText();
	}

	/** The class names of the connector plug-ins the worker has loaded. */
	public List<String> connectorPlugins() throws ConnectRestException {
		List<String> classes = new ArrayList<>();
		read(HttpRequest.newBuilder(resolve("connector-plugins")).GET())
				.forEach(plugin -> classes.add(plugin.path("class").asText()));
		return classes;
	}

	/** The names of the connectors the worker's group runs. */
	public List<String> connectors() throws ConnectRestException {
		List<String> names = new ArrayList<>();
		read(HttpRequest.newBuilder(resolve("connectors")).GET()).forEach(name -> names.add(name.asText()));
		return names;
	}

	/** Creates connector {@code name} with {@code config}, or changes its configuration if it exists. */
	public void putConnector(String name, Map<String, String> config) throws ConnectRestException {
		String body = writeJson(config);
		read(HttpRequest.newBuilder(connector(name, "/config")).header("Content-Type", "application/json")
				.PUT(HttpRequest.BodyPublishers.ofString(body)));
	}

	/**
	 * What the connector's own validation finds wrong with {@code config} for connector {@code name} (its
	 * {@code connector.class} names the plug-in), one line per problem: {@code "property: message"}; empty when
	 * the configuration is valid.
	 * Creating a connector with an invalid configuration fails too, but not every worker says why (Connect 4.3
	 * answers 500 for some of Debezium's rejections), so a console validates first.
	 */
	public List<String> validate(String name, Map<String, String> config) throws ConnectRestException {
		Map<String, String> named = new HashMap<>(config);
		named.put("name", name);
		String plugin = config.getOrDefault("connector.class", "");
		JsonNode result = read(HttpRequest.newBuilder(resolve("connector-plugins/"
				+ URLEncoder.encode(plugin, StandardCharsets.UTF_8) + "/config/validate"))
				.header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(writeJson(named))));
		List<String> problems = new ArrayList<>();
		result.path("configs").forEach(entry -> entry.path("value").path("errors").forEach(
				error -> problems.add(entry.path("value").path("name").asText() + ": " + error.asText())));
		return problems;
	}

	/** The connector's configuration (secrets as the worker shows them: masked by its config providers, if any). */
	public Map<String, String> config(String name) throws ConnectRestException {
		Map<String, String> config = new HashMap<>();
		read(HttpRequest.newBuilder(connector(name, "/config")).GET()).fields()
				.forEachRemaining(entry -> config.put(entry.getKey(), entry.getValue().asText()));
		return config;
	}

	/** The connector's status and that of its tasks. */
	public ConnectorStatus status(String name) throws ConnectRestException {
		JsonNode status = read(HttpRequest.newBuilder(connector(name, "/status")).GET());
		List<TaskStatus> tasks = new ArrayList<>();
		status.path("tasks").forEach(task -> tasks.add(new TaskStatus(task.path("id").asInt(),
				ConnectState.of(task.path("state").asText()), task.path("worker_id").asText(), trace(task))));
		JsonNode connector = status.path("connector");
		return new ConnectorStatus(status.path("name").asText(name), status.path("type").asText(),
				ConnectState.of(connector.path("state").asText()), connector.path("worker_id").asText(),
				trace(connector), tasks);
	}

	/** Pauses the connector and its tasks (their state turns PAUSED shortly after). */
	public void pause(String name) throws ConnectRestException {
		read(HttpRequest.newBuilder(connector(name, "/pause")).PUT(HttpRequest.BodyPublishers.noBody()));
	}

	/** Resumes a paused connector. */
	public void resume(String name) throws ConnectRestException {
		read(HttpRequest.newBuilder(connector(name, "/resume")).PUT(HttpRequest.BodyPublishers.noBody()));
	}

	/** Restarts the connector and all of its tasks. */
	public void restart(String name) throws ConnectRestException {
		read(HttpRequest.newBuilder(connector(name, "/restart?includeTasks=true&onlyFailed=false"))
				.POST(HttpRequest.BodyPublishers.noBody()));
	}

	/** Deletes the connector (its offsets stay in the worker's offset topic). */
	public void delete(String name) throws ConnectRestException {
		read(HttpRequest.newBuilder(connector(name, "")).DELETE());
	}

	private URI connector(String name, String rest) {
		return resolve("connectors/" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20") + rest);
	}

	private URI resolve(String path) {
		return baseUrl.resolve(path);
	}

	/** Sends the request; an answer of 300 or more becomes an exception with the worker's own message. */
	private JsonNode read(HttpRequest.Builder request) throws ConnectRestException {
		HttpResponse<String> response = send(request.header("Accept", "application/json"));
		if (response.statusCode() >= 300) {
			throw new ConnectRestException(response.statusCode(), "Kafka Connect at " + baseUrl + " answered "
					+ response.statusCode() + ": " + errorMessage(response.body()));
		}
		if (response.body() == null || response.body().isBlank()) {
			return JSON.missingNode();
		}
		try {
			return JSON.readTree(response.body());
		} catch (IOException e) {
			throw new ConnectRestException(response.statusCode(), "Kafka Connect at " + baseUrl
					+ " answered with malformed JSON: " + e.getMessage());
		}
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws ConnectRestException {
		authorization.ifPresent(value -> request.header("Authorization", value));
		try {
			return http.send(request.timeout(REQUEST_TIMEOUT).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		} catch (HttpTimeoutException e) {
			throw new ConnectRestException("Kafka Connect at " + baseUrl + " did not answer within "
					+ REQUEST_TIMEOUT.toSeconds() + " s", e);
		} catch (ConnectException e) {
			throw new ConnectRestException("Cannot connect to Kafka Connect at " + baseUrl.getHost() + ":"
					+ baseUrl.getPort() + ": " + Optional.ofNullable(e.getMessage()).orElse("Connection refused"), e);
		} catch (IOException e) {
			throw new ConnectRestException("Kafka Connect at " + baseUrl + " is unreachable: "
					+ Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName()), e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new ConnectRestException("Interrupted while calling Kafka Connect at " + baseUrl, e);
		}
	}

	private static Optional<String> trace(JsonNode node) {
		JsonNode trace = node.get("trace");
		return trace == null || trace.isNull() ? Optional.empty() : Optional.of(trace.asText());
	}

	private static String errorMessage(String body) {
		try {
			JsonNode error = JSON.readTree(body);
			JsonNode message = error == null ? null : error.get("message");
			return message == null ? body : message.asText();
		} catch (IOException notJson) {
			return body;
		}
	}

	private static String writeJson(Map<String, String> config) throws ConnectRestException {
		try {
			return JSON.writeValueAsString(config);
		} catch (IOException e) {
			throw new ConnectRestException(0, "Cannot write the configuration as JSON: " + e.getMessage());
		}
	}
}
