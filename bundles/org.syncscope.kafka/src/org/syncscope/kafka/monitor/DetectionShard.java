package org.syncscope.kafka.monitor;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.syncscope.core.conflict.ConflictListener;
import org.syncscope.core.conflict.DetectorConfig;
import org.syncscope.core.conflict.KeyTable;
import org.syncscope.core.event.ChangeEvent;

/**
 * The conflict detection and link meters of one cluster for the keys of one shard: one
 * {@link SharedDetection} per distinct set of watched change logs, all keeping their versions in rows of one
 * {@link KeyTable} (an event's key is looked up once, however many detections check it), and one
 * {@link LinkActivity} per link. Every event of a shard's keys goes to the detections that watch its log and
 * to the meters of the links whose own log it is. Confined to one thread, which feeds it in log order.
 */
final class DetectionShard {

	private static final SharedDetection[] NO_DETECTIONS = {};
	private static final LinkActivity[] NO_LINKS = {};

	private final Map<String, SharedDetection[]> detectionsByLog = new HashMap<>();
	private final Map<String, LinkActivity[]> linksByOwnLog = new HashMap<>();
	private final Map<String, LinkActivity> activities = new LinkedHashMap<>();
	private final KeyTable keys;
	/** The change log of the last event and what watches it: a batch holds runs of one partition's records. */
	private String lastLog;
	private SharedDetection[] lastDetections = NO_DETECTIONS;
	private LinkActivity[] lastLinks = NO_LINKS;

	DetectionShard(List<LinkSpec> links, DetectorConfig config, int windowCapacity, Clock clock,
			ConflictListener listener, ConflictCaptureListener captures) {
		keys = new KeyTable(config.maxTrackedKeys());
		Map<Set<String>, List<LinkSpec>> byWatchedLogs = new LinkedHashMap<>();
		links.forEach(link -> byWatchedLogs.computeIfAbsent(link.watchedLogs(), logs -> new ArrayList<>()).add(link));
		Map<String, List<SharedDetection>> detections = new HashMap<>();
		Map<String, List<LinkActivity>> meters = new HashMap<>();
		byWatchedLogs.forEach((logs, members) -> {
			SharedDetection detection = new SharedDetection(members, config, keys, windowCapacity, clock,
					listener, captures);
			logs.forEach(log -> detections.computeIfAbsent(log, any -> new ArrayList<>()).add(detection));
			for (LinkSpec link : members) {
				LinkActivity activity = new LinkActivity(link, detection, clock.millis());
				activities.put(link.id(), activity);
				meters.computeIfAbsent(link.topic(), any -> new ArrayList<>()).add(activity);
			}
		});
		detections.forEach((log, list) -> detectionsByLog.put(log, list.toArray(NO_DETECTIONS)));
		meters.forEach((log, list) -> linksByOwnLog.put(log, list.toArray(NO_LINKS)));
	}

	/**
	 * Checks an event read from {@code changeLog}, {@code sizeBytes} long on the wire; its link meters count
	 * it at the {@link #endOfBatch}.
	 */
	void observe(String changeLog, ChangeEvent event, int sizeBytes) {
		if (!changeLog.equals(lastLog)) {
			lastLog = changeLog;
			lastDetections = detectionsByLog.getOrDefault(changeLog, NO_DETECTIONS);
			lastLinks = linksByOwnLog.getOrDefault(changeLog, NO_LINKS);
		}
		SharedDetection[] detections = lastDetections;
		if (detections.length > 0) {
			int entry = keys.acquire(event.key());
			String key = entry < 0 ? event.key() : keys.key(entry);
			for (SharedDetection detection : detections) {
				detection.observe(event, entry, key);
			}
		}
		for (LinkActivity link : lastLinks) {
			link.incoming(event.origin(), sizeBytes);
		}
	}

	/** Meters the events of the batch just fed at {@code nowMillis}. */
	void endOfBatch(long nowMillis) {
		activities.values().forEach(activity -> activity.endOfBatch(nowMillis));
	}

	/** Copies every link's figures for other threads. */
	void publish(long nowMillis) {
		activities.values().forEach(activity -> activity.publish(nowMillis));
	}

	/** The figures of {@code link} last published. */
	LinkActivity.Figures figures(String link) {
		return activities.get(link).figures();
	}
}
