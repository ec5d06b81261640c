package org.syncscope.monitor.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.syncscope.metrics.ListenAddress;
import org.syncscope.monitor.ReportFormat;

/**
 * The options of {@code syncscope monitor}. Unknown options are refused, so that a typo in a cron job fails
 * loudly instead of monitoring something else. Without {@code --once} or {@code --every}, the monitor reports
 * once, unless it serves metrics: then it runs until stopped, reporting every ten seconds.
 */
record MonitorArguments(boolean help, Path topology, boolean once, Duration every, ReportFormat format,
		Optional<ListenAddress> prometheus, Optional<Path> properties, Duration firstReportWait, String group) {

	static final Duration DEFAULT_EVERY = Duration.ofSeconds(10);
	static final Duration DEFAULT_WAIT = Duration.ofSeconds(30);

	private static final Set<String> OPTIONS = Set.of("--topology", "--every", "--format", "--prometheus",
			"--properties", "--wait", "--group");
	private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h)?");

	static MonitorArguments parse(String[] args) throws UsageException {
		Map<String, String> values = new HashMap<>();
		boolean help = false;
		boolean once = false;
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (arg.equals("--help")) {
				help = true;
			} else if (arg.equals("--once")) {
				once = true;
			} else if (OPTIONS.contains(arg)) {
				if (i + 1 >= args.length) {
					throw new UsageException("Option " + arg + " needs a value");
				}
				values.put(arg, args[++i]);
			} else if (arg.startsWith("-") && !arg.startsWith("--")) {
				// Eclipse launcher arguments (-data, -consoleLog...) that reach the application are not ours
				if (i + 1 < args.length && !args[i + 1].startsWith("-")) {
					i++;
				}
			} else {
				throw new UsageException("Unknown option " + arg);
			}
		}
		if (help) {
			return new MonitorArguments(true, null, true, DEFAULT_EVERY, ReportFormat.TEXT, Optional.empty(),
					Optional.empty(), DEFAULT_WAIT, "");
		}
		if (once && values.containsKey("--every")) {
			throw new UsageException("--once and --every exclude each other");
		}
		String topology = values.get("--topology");
		if (topology == null || topology.isBlank()) {
			throw new UsageException("Option --topology is required");
		}
		Optional<ListenAddress> prometheus = Optional.empty();
		if (values.containsKey("--prometheus")) {
			try {
				prometheus = Optional.of(ListenAddress.parse(values.get("--prometheus")));
			} catch (IllegalArgumentException e) {
				throw new UsageException(e.getMessage(), e);
			}
		}
		boolean reportOnce = once || (!values.containsKey("--every") && prometheus.isEmpty());
		return new MonitorArguments(false, Path.of(topology), reportOnce,
				duration("--every", values.getOrDefault("--every", "10s")), format(values.get("--format")),
				prometheus, Optional.ofNullable(values.get("--properties")).map(Path::of),
				duration("--wait", values.getOrDefault("--wait", "30s")),
				values.getOrDefault("--group", "syncscope.headless." + System.getProperty("user.name", "operator")));
	}

	private static ReportFormat format(String text) throws UsageException {
		if (text == null) {
			return ReportFormat.TEXT;
		}
		try {
			return ReportFormat.valueOf(text.toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw new UsageException("Option --format takes text or json, not '" + text + "'", e);
		}
	}

	/** Reads {@code 500ms}, {@code 10s}, {@code 5m}, {@code 1h} or plain seconds; zero is refused. */
	private static Duration duration(String option, String text) throws UsageException {
		Matcher matcher = DURATION.matcher(text.trim());
		if (!matcher.matches()) {
			throw new UsageException("Option " + option + " takes a duration like 10s, 5m or 500ms, not '" + text + "'");
		}
		long amount = Long.parseLong(matcher.group(1));
		String unit = matcher.group(2) == null ? "s" : matcher.group(2);
		Duration duration = switch (unit) {
		case "ms" -> Duration.ofMillis(amount);
		case "m" -> Duration.ofMinutes(amount);
		case "h" -> Duration.ofHours(amount);
		default -> Duration.ofSeconds(amount);
		};
		if (duration.isZero()) {
			throw new UsageException("Option " + option + " must be longer than zero");
		}
		return duration;
	}
}
