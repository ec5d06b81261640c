package org.syncscope.replay;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.syncscope.replay.internal.RangeJson;
import org.syncscope.store.SyncScopeStore;
import org.syncscope.store.audit.AuditEntry;
import org.syncscope.store.audit.AuditLog;

/**
 * The replay jobs table and the audit rows of replays in the store. A job's row is written before the first
 * event is, its progress after every committed batch, its end with the audit row in the same transaction;
 * so the history shows every replay, also one a crash interrupted (state RUNNING, resumable).
 */
public final class ReplayJobs {

	/** Audit action of a replay start; its end is {@code REPLAY_} + the final state. */
	public static final String ACTION_STARTED = "REPLAY_STARTED";

	private static final String COLUMNS = "id, link_id, source_topic, target_topic, range_spec, key_filter, state, "
			+ "total_events, done_events, progress, started_at, finished_at, outcome, reason, operator";

	private final SyncScopeStore store;

	public ReplayJobs(SyncScopeStore store) {
		this.store = store;
	}

	/** Records the start of job {@code id} for {@code plan}, with its audit row. */
	public void started(String id, ReplayPlan plan, Instant at) throws SQLException {
		ReplayRequest request = plan.request();
		store.inTransaction(connection -> {
			try (PreparedStatement insert = connection.prepareStatement("INSERT INTO replay_jobs (" + COLUMNS
					+ ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
				insert.setString(1, id);
				insert.setString(2, request.link().id());
				insert.setString(3, request.link().sourceTopic());
				insert.setString(4, request.targetTopic());
				insert.setString(5, RangeJson.rangeSpec(request.range(), plan.spans(), plan.refused()));
				insert.setString(6, emptyToNull(request.keyFilter().spec()));
				insert.setString(7, ReplayState.RUNNING.name());
				insert.setLong(8, plan.total());
				insert.setLong(9, 0);
				insert.setString(10, RangeJson.progress(Map.of()));
				insert.setLong(11, at.toEpochMilli());
				insert.setNull(12, Types.BIGINT);
				insert.setNull(13, Types.VARCHAR);
				insert.setString(14, request.reason());
				insert.setString(15, request.operator());
				insert.executeUpdate();
			}
			Map<String, Object> details = new LinkedHashMap<>();
			details.put("jobId", id);
			details.put("source", request.link().sourceTopic());
			details.put("target", request.targetTopic());
			details.put("range", request.range().describe());
			details.put("keyFilter", request.keyFilter().spec());
			details.put("total", plan.total());
			details.put("refused", plan.refused());
			audit(connection, at, request.operator(), ACTION_STARTED, request.link().id(), details, request.reason());
			return null;
		});
	}

	/** Records that job {@code job} runs again after a crash, failure or cancel, with an audit row. */
	public void resumed(ReplayJob job, Instant at) throws SQLException {
		store.inTransaction(connection -> {
			try (PreparedStatement update = connection.prepareStatement(
					"UPDATE replay_jobs SET state = ?, finished_at = NULL, outcome = NULL WHERE id = ?")) {
				update.setString(1, ReplayState.RUNNING.name());
				update.setString(2, job.id());
				update.executeUpdate();
			}
			Map<String, Object> details = new LinkedHashMap<>();
			details.put("jobId", job.id());
			details.put("previousState", job.state().name());
			details.put("done", job.done());
			audit(connection, at, job.operator(), "REPLAY_RESUMED", job.linkId(), details, job.reason());
			return null;
		});
	}

	/** Records a committed batch: the events done so far and the next source offset per partition. */
	public void progressed(String id, long done, Map<Integer, Long> nextOffsets) throws SQLException {
		store.inTransaction(connection -> {
			try (PreparedStatement update = connection
					.prepareStatement("UPDATE replay_jobs SET done_events = ?, progress = ? WHERE id = ?")) {
				update.setLong(1, done);
				update.setString(2, RangeJson.progress(nextOffsets));
				update.setString(3, id);
				update.executeUpdate();
			}
			return null;
		});
	}

	/** Records how job {@code id} ended, with its audit row, in one transaction. */
	public void finished(ReplayJob job, ReplayResult result, Instant at) throws SQLException {
		store.inTransaction(connection -> {
			try (PreparedStatement update = connection.prepareStatement("UPDATE replay_jobs SET state = ?, "
					+ "done_events = ?, finished_at = ?, outcome = ? WHERE id = ?")) {
				update.setString(1, result.state().name());
				update.setLong(2, result.done());
				update.setLong(3, at.toEpochMilli());
				update.setString(4, truncate(result.message()));
				update.setString(5, job.id());
				update.executeUpdate();
			}
			Map<String, Object> details = new LinkedHashMap<>();
			details.put("jobId", job.id());
			details.put("source", job.sourceTopic());
			details.put("target", job.targetTopic());
			details.put("range", job.rangeDescription());
			details.put("keyFilter", job.keyFilter() == null ? "" : job.keyFilter());
			details.put("total", result.total());
			details.put("done", result.done());
			details.put("refused", result.refused());
			details.put("durationMs", result.duration().toMillis());
			details.put("outcome", result.message());
			audit(connection, at, job.operator(), "REPLAY_" + result.state().name(), job.linkId(), details,
					job.reason());
			return null;
		});
	}

	/** The job with id {@code id}. */
	public Optional<ReplayJob> find(String id) throws SQLException {
		return store.read(connection -> {
			try (PreparedStatement query = connection
					.prepareStatement("SELECT " + COLUMNS + " FROM replay_jobs WHERE id = ?")) {
				query.setString(1, id);
				try (ResultSet rows = query.executeQuery()) {
					return rows.next() ? Optional.of(job(rows)) : Optional.empty();
				}
			}
		});
	}

	/** The newest {@code limit} jobs, newest first. */
	public List<ReplayJob> recent(int limit) throws SQLException {
		return store.read(connection -> {
			try (PreparedStatement query = connection.prepareStatement(
					"SELECT " + COLUMNS + " FROM replay_jobs ORDER BY started_at DESC, id FETCH FIRST ? ROWS ONLY")) {
				query.setInt(1, limit);
				List<ReplayJob> jobs = new ArrayList<>();
				try (ResultSet rows = query.executeQuery()) {
					while (rows.next()) {
						jobs.add(job(rows));
					}
				}
				return jobs;
			}
		});
	}

	private static ReplayJob job(ResultSet rows) throws SQLException {
		long finished = rows.getLong("finished_at");
		Instant finishedAt = rows.wasNull() ? null : Instant.ofEpochMilli(finished);
		return new ReplayJob(rows.getString("id"), rows.getString("link_id"), rows.getString("source_topic"),
				rows.getString("target_topic"), rows.getString("range_spec"), rows.getString("key_filter"),
				ReplayState.valueOf(rows.getString("state")), rows.getLong("total_events"),
				rows.getLong("done_events"), rows.getString("progress"),
				Instant.ofEpochMilli(rows.getLong("started_at")), finishedAt, rows.getString("outcome"),
				rows.getString("reason"), rows.getString("operator"));
	}

	private static void audit(Connection connection, Instant at, String operator, String action, String linkId,
			Map<String, Object> details, String reason) throws SQLException {
		AuditLog.append(connection, new AuditEntry(0, at, operator, action, linkId, "", 0, "",
				RangeJson.object(details), reason));
	}

	private static String truncate(String text) {
		return text == null || text.length() <= 2000 ? text : text.substring(0, 1997) + "...";
	}

	private static String emptyToNull(String text) {
		return text == null || text.isEmpty() ? null : text;
	}
}
