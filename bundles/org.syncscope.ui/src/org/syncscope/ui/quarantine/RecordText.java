package org.syncscope.ui.quarantine;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A quarantined record's bytes as an operator can read them: text when they are UTF-8 without control
 * characters, else hex; with the link's sensitive fields masked. A quarantined record is often not valid
 * JSON, so masking works on the text: the value of any member named like the last part of a sensitive path
 * is replaced, wherever it stands (masking too much is safe, too little is not).
 */
public final class RecordText {

	/** What a masked value is shown as (the conflict console's mask). */
	public static final String MASK = "\u2022\u2022\u2022\u2022\u2022\u2022";
	private static final int MAX_HEX_BYTES = 512;

	private RecordText() {
	}

	/** The bytes as text or hex, masked; a note for absent bytes (a tombstone's value). */
	public static String of(byte[] bytes, List<String> sensitivePaths) {
		if (bytes == null) {
			return "(none)";
		}
		try {
			String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
			if (text.chars().noneMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r')) {
				return mask(text, sensitivePaths);
			}
		} catch (CharacterCodingException notText) {
			// shown as hex below
		}
		int shown = Math.min(bytes.length, MAX_HEX_BYTES);
		return "hex: " + HexFormat.ofDelimiter(" ").formatHex(bytes, 0, shown)
				+ (shown < bytes.length ? " … (" + bytes.length + " bytes)" : "");
	}

	private static String mask(String text, List<String> sensitivePaths) {
		String masked = text;
		for (String path : sensitivePaths) {
			String leaf = path.substring(path.lastIndexOf('.') + 1);
			Pattern member = Pattern.compile(
					"(\"" + Pattern.quote(leaf) + "\"\\s*:\\s*)(\"(?:[^\"\\\\]|\\\\.)*\"?|[^,}\\]\\s]+)");
			masked = member.matcher(masked).replaceAll("$1\"" + MASK + "\"");
		}
		return masked;
	}
}
