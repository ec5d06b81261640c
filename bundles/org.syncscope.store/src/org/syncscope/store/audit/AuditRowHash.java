package org.syncscope.store.audit;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash that chains an audit row to the one before it: SHA-256 over the previous row's hash, the row's place
 * in the chain and its content, each part length-prefixed. The record key and the values before and after
 * enter by their own SHA-256, so that erasing them (Forget Key) keeps the row verifiable by their digests.
 */
final class AuditRowHash {

	/** The "previous hash" of the first row. */
	static final String GENESIS = "0".repeat(64);

	private AuditRowHash() {
	}

	/** @return the hex SHA-256 of row {@code entry} at place {@code sequence}, after {@code previousHash} */
	static String of(String previousHash, long sequence, AuditEntry entry) {
		return of(previousHash, sequence, entry, digest(entry.key()), digest(entry.before()), digest(entry.after()));
	}

	/**
	 * The hash of a row whose key and values enter by the digests given: those of an erased row, whose key and
	 * values are gone but whose digests were kept.
	 */
	static String of(String previousHash, long sequence, AuditEntry entry, String keyDigest, String beforeDigest,
			String afterDigest) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			text(out, previousHash);
			out.writeLong(sequence);
			out.writeLong(entry.occurredAt().toEpochMilli());
			text(out, entry.operator());
			text(out, entry.action());
			text(out, entry.linkId());
			text(out, keyDigest);
			out.writeLong(entry.conflictId());
			text(out, beforeDigest);
			text(out, afterDigest);
			text(out, entry.reason());
		} catch (IOException e) {
			throw new UncheckedIOException(e); // a byte array stream does not fail
		}
		return HexFormat.of().formatHex(sha256(bytes.toByteArray()));
	}

	/** @return the hex SHA-256 of {@code text}'s UTF-8 bytes */
	static String digest(String text) {
		return HexFormat.of().formatHex(sha256(text.getBytes(StandardCharsets.UTF_8)));
	}

	private static void text(DataOutputStream out, String text) throws IOException {
		byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
		out.writeInt(utf8.length);
		out.write(utf8);
	}

	private static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}
}
