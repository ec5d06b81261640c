package org.syncscope.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Which files hold a text, searched byte for byte as UTF-8 and as UTF-16: what tests look for a password or
 * erased data on disk with.
 */
public final class FilesHolding {

	private FilesHolding() {
	}

	/**
	 * The files among {@code places} (folders walked, missing ones skipped; files taken as they are) whose bytes
	 * hold {@code text}. A file that disappears while it is read holds nothing; one that cannot be read fails.
	 */
	public static List<Path> text(String text, List<Path> places) {
		byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
		byte[] utf16 = text.getBytes(StandardCharsets.UTF_16BE);
		List<Path> holding = new ArrayList<>();
		for (Path file : files(places)) {
			byte[] content;
			try {
				content = Files.readAllBytes(file);
			} catch (NoSuchFileException gone) {
				continue;
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			if (indexOf(content, utf8) >= 0 || indexOf(content, utf16) >= 0) {
				holding.add(file);
			}
		}
		return holding;
	}

	/** The regular files among {@code places}, folders walked. */
	public static List<Path> files(List<Path> places) {
		List<Path> files = new ArrayList<>();
		for (Path place : places) {
			if (Files.isRegularFile(place)) {
				files.add(place);
			} else if (Files.isDirectory(place)) {
				try (Stream<Path> walk = Files.walk(place)) {
					walk.filter(Files::isRegularFile).forEach(files::add);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}
		}
		return files;
	}

	private static int indexOf(byte[] content, byte[] wanted) {
		outer: for (int i = 0; i + wanted.length <= content.length; i++) {
			for (int j = 0; j < wanted.length; j++) {
				if (content[i + j] != wanted[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}
}
