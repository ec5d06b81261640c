package org.syncscope.testing.kafka;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A certificate authority and a broker certificate made at test time with the JDK's {@code keytool}: the
 * broker's PKCS12 keystore (its key, its certificate for IP 127.0.0.1 signed by the CA, and the CA), a
 * truststore holding the CA, and a truststore holding another CA, which does not trust the broker.
 *
 * @param brokerKeystore     the broker's key and certificate chain
 * @param truststore         the CA that signed the broker's certificate
 * @param untrustedTruststore a CA that did not
 * @param password           the password of all three stores (test data, not a secret)
 */
public record TestCertificates(Path brokerKeystore, Path truststore, Path untrustedTruststore, String password) {

	private static final String PASSWORD = "test-store-password";
	private static final long KEYTOOL_TIMEOUT_SECONDS = 60;

	/** Makes the stores in {@code folder}. */
	public static TestCertificates create(Path folder) throws IOException, InterruptedException {
		Files.createDirectories(folder);
		Path ca = folder.resolve("ca.p12");
		Path caPem = folder.resolve("ca.pem");
		Path broker = folder.resolve("broker.p12");
		Path request = folder.resolve("broker.csr");
		Path brokerPem = folder.resolve("broker.pem");
		Path truststore = folder.resolve("truststore.p12");
		Path otherCa = folder.resolve("other-ca.p12");
		Path otherCaPem = folder.resolve("other-ca.pem");
		Path untrusted = folder.resolve("untrusted-truststore.p12");

		keytool(folder, "-genkeypair", "-alias", "ca", "-dname", "CN=SyncScope Test CA", "-ext", "bc:c",
				"-keyalg", "RSA", "-keysize", "2048", "-validity", "7", "-keystore", ca, "-storetype", "PKCS12");
		keytool(folder, "-exportcert", "-rfc", "-alias", "ca", "-keystore", ca, "-file", caPem);
		keytool(folder, "-genkeypair", "-alias", "broker", "-dname", "CN=127.0.0.1", "-keyalg", "RSA", "-keysize",
				"2048", "-validity", "7", "-keystore", broker, "-storetype", "PKCS12");
		keytool(folder, "-certreq", "-alias", "broker", "-keystore", broker, "-file", request);
		keytool(folder, "-gencert", "-rfc", "-alias", "ca", "-keystore", ca, "-infile", request, "-outfile",
				brokerPem, "-ext", "SAN=IP:127.0.0.1", "-validity", "7");
		keytool(folder, "-importcert", "-noprompt", "-alias", "ca", "-file", caPem, "-keystore", broker);
		keytool(folder, "-importcert", "-alias", "broker", "-file", brokerPem, "-keystore", broker);
		keytool(folder, "-importcert", "-noprompt", "-alias", "ca", "-file", caPem, "-keystore", truststore,
				"-storetype", "PKCS12");

		keytool(folder, "-genkeypair", "-alias", "other-ca", "-dname", "CN=Another CA", "-ext", "bc:c", "-keyalg",
				"RSA", "-keysize", "2048", "-validity", "7", "-keystore", otherCa, "-storetype", "PKCS12");
		keytool(folder, "-exportcert", "-rfc", "-alias", "other-ca", "-keystore", otherCa, "-file", otherCaPem);
		keytool(folder, "-importcert", "-noprompt", "-alias", "other-ca", "-file", otherCaPem, "-keystore",
				untrusted, "-storetype", "PKCS12");
		return new TestCertificates(broker, truststore, untrusted, PASSWORD);
	}

	private static void keytool(Path folder, Object... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
		for (Object argument : arguments) {
			command.add(argument.toString());
		}
		command.addAll(List.of("-storepass", PASSWORD));
		Path output = folder.resolve("keytool.log");
		Process keytool = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile())).start();
		if (!keytool.waitFor(KEYTOOL_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
			keytool.destroyForcibly();
			throw new IOException("keytool did not finish: " + command);
		}
		if (keytool.exitValue() != 0) {
			throw new IOException("keytool failed (exit " + keytool.exitValue() + "): " + command + "\n"
					+ Files.readString(output));
		}
	}
}
