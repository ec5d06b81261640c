package org.syncscope.replay.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.syncscope.replay.ReplayException;

/**
 * The options of {@code syncscope replay}, read as {@code --name value} pairs and {@code --flag}s. Unknown
 * options are refused so that a typo never silently changes what is replayed.
 */
final class CommandLine {

	static final Set<String> FLAGS = Set.of("--dry-run", "--help");
	static final Set<String> OPTIONS = Set.of("--topology", "--link", "--offsets", "--from", "--to", "--keys",
			"--key-pattern", "--target", "--reason", "--operator", "--store", "--batch-size", "--max-replays",
			"--resume");

	private final Map<String, String> values = new HashMap<>();
	private final List<String> flags = new ArrayList<>();

	private CommandLine() {
	}

	static CommandLine parse(String[] args) throws ReplayException {
		CommandLine line = new CommandLine();
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (FLAGS.contains(arg)) {
				line.flags.add(arg);
			} else if (OPTIONS.contains(arg)) {
				if (i + 1 >= args.length) {
					throw new ReplayException("Option " + arg + " needs a value");
				}
				line.values.put(arg, args[++i]);
			} else if (arg.startsWith("-") && !arg.startsWith("--")) {
				// Eclipse launcher arguments (-data, -consoleLog...) that reach the application are not ours
				if (i + 1 < args.length && !args[i + 1].startsWith("-")) {
					i++;
				}
			} else {
				throw new ReplayException("Unknown option " + arg + " (see --help)");
			}
		}
		return line;
	}

	boolean has(String flag) {
		return flags.contains(flag);
	}

	String value(String option) {
		return values.get(option);
	}

	String required(String option) throws ReplayException {
		String value = values.get(option);
		if (value == null || value.isBlank()) {
			throw new ReplayException("Option " + option + " is required (see --help)");
		}
		return value;
	}

	int intValue(String option, int defaultValue) throws ReplayException {
		String value = values.get(option);
		if (value == null) {
			return defaultValue;
		}
		try {
			return Integer.parseInt(value);
		} catch (NumberFormatException e) {
			throw new ReplayException("Option " + option + " needs a whole number, not '" + value + "'");
		}
	}
}
