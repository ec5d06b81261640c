package org.syncscope.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Plain HTTP GETs for tests that read what a metrics endpoint serves. */
public final class Http {

	private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private Http() {
	}

	/** The body of a 200 answer from {@code url}, or empty text when there is none (yet). */
	public static String get(String url) {
		try {
			HttpResponse<String> response = CLIENT.send(
					HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
					HttpResponse.BodyHandlers.ofString());
			return response.statusCode() == 200 ? response.body() : "";
		} catch (Exception notServedYet) {
			return "";
		}
	}
}
