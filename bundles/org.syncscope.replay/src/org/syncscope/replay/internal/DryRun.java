package org.syncscope.replay.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.core.runtime.OperationCanceledException;
import org.syncscope.core.event.ChangeEvent;
import org.syncscope.core.event.DecodeResult;
import org.syncscope.core.event.EventCodec;
import org.syncscope.replay.KeyFilter;
import org.syncscope.replay.PartitionPlan;
import org.syncscope.replay.PartitionSpan;
import org.syncscope.replay.PreviewEvent;
import org.syncscope.replay.ReplayException;
import org.syncscope.replay.ReplayHeaders;
import org.syncscope.replay.ReplayPlan;
import org.syncscope.replay.ReplayRequest;
import org.syncscope.replay.ReplaySettings;

/**
 * Reads a resolved range once without writing anything: counts per partition the events the key filter
 * selects and the loop guard lets through, and keeps the first ones, masked, as the preview. The counts are
 * exact (they come from reading, not from offset arithmetic, which transaction markers would falsify).
 */
public final class DryRun {

	private final ReplaySettings settings;
	private final EventCodec codec = new EventCodec();

	public DryRun(ReplaySettings settings) {
		this.settings = settings;
	}

	/** Plans {@code request} over {@code spans}; refuses a plan with nothing to replay. */
	public ReplayPlan plan(ReplayRequest request, List<PartitionSpan> spans, Consumer<byte[], byte[]> consumer,
			BooleanSupplier cancelled) throws ReplayException {
		Map<Integer, long[]> counts = new LinkedHashMap<>();
		spans.forEach(span -> counts.put(span.partition(), new long[2]));
		List<PreviewEvent> preview = new ArrayList<>();
		PayloadMask mask = new PayloadMask(request.link().sensitiveFields());
		KeyFilter filter = request.keyFilter();
		boolean complete = new RangeScanner(consumer, settings.stallTimeout()).scan(request.link().sourceTopic(),
				spans, record -> {
					if (filter.matches(record.key())) {
						long[] count = counts.get(record.partition());
						int replays = ReplayHeaders.replayCount(record.headers());
						if (replays >= settings.maxReplayCount()) {
							count[1]++;
						} else {
							count[0]++;
							if (preview.size() < settings.previewSize()) {
								preview.add(preview(record, replays, mask));
							}
						}
					}
					return true;
				}, cancelled);
		if (!complete) {
			throw new OperationCanceledException("The dry run was cancelled");
		}
		List<PartitionPlan> partitions = new ArrayList<>();
		for (PartitionSpan span : spans) {
			long[] count = counts.get(span.partition());
			partitions.add(new PartitionPlan(span, count[0], count[1]));
		}
		preview.sort(Comparator.comparingInt(PreviewEvent::partition).thenComparingLong(PreviewEvent::offset));
		ReplayPlan plan = new ReplayPlan(request, partitions, preview);
		if (plan.total() == 0 && plan.refused() == 0) {
			throw new ReplayException("Nothing to replay: the range holds no events"
					+ (filter instanceof KeyFilter.All ? "" : " whose key matches " + filter.spec()));
		}
		if (plan.total() == 0) {
			throw new ReplayException("Nothing to replay: all " + plan.refused() + " matching events were already "
					+ "replayed " + settings.maxReplayCount() + " times or more (loop guard)");
		}
		return plan;
	}

	private PreviewEvent preview(ConsumerRecord<byte[], byte[]> record, int replays, PayloadMask mask) {
		String key = record.key() == null ? "" : new String(record.key(), StandardCharsets.UTF_8);
		DecodeResult result = codec.decode(record.value());
		if (result instanceof DecodeResult.Decoded decoded) {
			ChangeEvent event = decoded.event();
			return new PreviewEvent(record.partition(), record.offset(), record.timestamp(), key, replays,
					event.operation() + " from " + event.origin() + " " + event.version(),
					mask.mask(event.payload().toObjectNode()).toString());
		}
		String error = result instanceof DecodeResult.Failed failed ? failed.error().toString() : "not decodable";
		return new PreviewEvent(record.partition(), record.offset(), record.timestamp(), key, replays,
				"not a change event: " + error, "");
	}
}
