package org.syncscope.store.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.syncscope.store.SyncScopeStore;

/**
 * The metric history in the store: appends per-second samples, rolls completed minutes up into per-minute
 * samples (see {@link MinuteRollup}), prunes each resolution after its retention, and reads
 * a link's samples for a time window at the finest resolution that covers it.
 */
public final class MetricHistory {

	private static final String COLUMNS = "link_id, sample_time, status, offset_lag, time_lag_ms, events_per_sec, "
			+ "bytes_per_sec, conflicts_detected, conflicts_closed, open_conflicts, lag_estimated, slot_lag_bytes";

	private final SyncScopeStore store;

	public MetricHistory(SyncScopeStore store) {
		this.store = store;
	}

	/** Appends per-second samples in one transaction (a sample already stored for that second is kept). */
	public void append(List<MetricSample> samples) throws SQLException {
		store.inTransaction(connection -> {
			insert(connection, samples, Resolution.SECOND);
			return null;
		});
	}

	private static void insert(Connection connection, List<MetricSample> samples, Resolution resolution)
			throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement("INSERT INTO metric_samples (resolution_ms, "
				+ COLUMNS + ") SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM SYSIBM.SYSDUMMY1 WHERE NOT EXISTS ("
				+ "SELECT 1 FROM metric_samples WHERE link_id = ? AND resolution_ms = ? AND sample_time = ?)")) {
			for (MetricSample sample : samples) {
				long time = sample.timeMillis() / resolution.step().toMillis() * resolution.step().toMillis();
				int i = 1;
				insert.setInt(i++, (int) resolution.step().toMillis());
				insert.setString(i++, sample.linkId());
				insert.setLong(i++, time);
				insert.setString(i++, sample.status());
				insert.setLong(i++, sample.offsetLag());
				insert.setLong(i++, sample.timeLagMillis());
				insert.setDouble(i++, sample.eventsPerSecond());
				insert.setDouble(i++, sample.bytesPerSecond());
				insert.setLong(i++, sample.conflictsDetected());
				insert.setLong(i++, sample.conflictsClosed());
				insert.setInt(i++, sample.openConflicts());
				insert.setShort(i++, (short) (sample.timeLagEstimated() ? 1 : 0));
				insert.setLong(i++, sample.slotLagBytes());
				insert.setString(i++, sample.linkId());
				insert.setInt(i++, (int) resolution.step().toMillis());
				insert.setLong(i, time);
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

	/**
	 * Rolls every complete minute before {@code nowMillis} that has per-second samples but no per-minute one
	 * into a per-minute sample, then prunes both resolutions after their retention. Idempotent.
	 */
	public void downsample(long nowMillis) throws SQLException {
		long minute = Resolution.MINUTE.step().toMillis();
		long currentMinute = nowMillis / minute * minute;
		store.inTransaction(connection -> {
			MinuteRollup rollup = new MinuteRollup(minute);
			try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS
					+ " FROM metric_samples s WHERE s.resolution_ms = ? AND s.sample_time < ? AND s.sample_time >= "
					+ "(SELECT COALESCE(MAX(m.sample_time) + ?, 0) FROM metric_samples m "
					+ "WHERE m.resolution_ms = ? AND m.link_id = s.link_id) ORDER BY s.sample_time")) {
				query.setInt(1, (int) Resolution.SECOND.step().toMillis());
				query.setLong(2, currentMinute);
				query.setLong(3, minute);
				query.setInt(4, (int) minute);
				try (ResultSet rows = query.executeQuery()) {
					while (rows.next()) {
						rollup.add(sample(rows));
					}
				}
			}
			List<MetricSample> rolled = rollup.minutes();
			insert(connection, rolled, Resolution.MINUTE);
			for (Resolution resolution : Resolution.values()) {
				try (PreparedStatement prune = connection.prepareStatement(
						"DELETE FROM metric_samples WHERE resolution_ms = ? AND sample_time < ?")) {
					prune.setInt(1, (int) resolution.step().toMillis());
					prune.setLong(2, nowMillis - resolution.retention().toMillis());
					prune.executeUpdate();
				}
			}
			return null;
		});
	}

	/** The samples of {@code linkId} from {@code fromMillis} to {@code toMillis}, oldest first. */
	public List<MetricSample> read(String linkId, long fromMillis, long toMillis, Resolution resolution)
			throws SQLException {
		return store.read(connection -> {
			try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS
					+ " FROM metric_samples WHERE link_id = ? AND resolution_ms = ? AND sample_time BETWEEN ? AND ?"
					+ " ORDER BY sample_time")) {
				query.setString(1, linkId);
				query.setInt(2, (int) resolution.step().toMillis());
				query.setLong(3, fromMillis);
				query.setLong(4, toMillis);
				List<MetricSample> samples = new ArrayList<>();
				try (ResultSet rows = query.executeQuery()) {
					while (rows.next()) {
						samples.add(sample(rows));
					}
				}
				return samples;
			}
		});
	}

	private static MetricSample sample(ResultSet rows) throws SQLException {
		return new MetricSample(rows.getString(1), rows.getLong(2), rows.getString(3), rows.getLong(4),
				rows.getLong(5), rows.getDouble(6), rows.getDouble(7), rows.getLong(8), rows.getLong(9),
				rows.getInt(10), rows.getShort(11) != 0, rows.getLong(12));
	}
}
