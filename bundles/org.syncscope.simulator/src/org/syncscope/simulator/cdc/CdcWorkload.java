package org.syncscope.simulator.cdc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import org.syncscope.jdbc.postgres.LocalPostgres;

/**
 * The CDC demo's writers: one thread writing to both regions' {@code customers} tables at a steady pace, as
 * each region's own application would (inserts, credit updates, the odd delete), and every few seconds the
 * same row updated in both regions within a second: concurrent changes that the pipeline replicates
 * crosswise. Each region inserts its own ids (the first region even, the second odd), so inserts never
 * collide; updates do.
 */
final class CdcWorkload implements AutoCloseable {

	private static final int CONCURRENT_EVERY = 15;
	private static final Duration CONCURRENT_GAP = Duration.ofMillis(20);

	private final List<LocalPostgres> regions;
	private final String database;
	private final Duration pace;
	private final Random random;
	private final Thread thread;
	private final AtomicLong writes = new AtomicLong();
	private final AtomicLong concurrentUpdates = new AtomicLong();
	private final List<Connection> connections = new ArrayList<>();
	private volatile boolean running = true;
	private volatile String lastError;
	private long nextId;

	CdcWorkload(List<LocalPostgres> regions, String database, Duration pace, long seed) {
		this.regions = List.copyOf(regions);
		this.database = database;
		this.pace = pace;
		this.random = new Random(seed);
		this.thread = Thread.ofPlatform().daemon().name("syncscope-cdc-workload").unstarted(this::run);
	}

	void start() {
		thread.start();
	}

	/** Rows written so far, in either region. */
	long writes() {
		return writes.get();
	}

	/** How many times a row was updated in both regions within a second. */
	long concurrentUpdates() {
		return concurrentUpdates.get();
	}

	/** The last write that failed, if any (the workload goes on). */
	String lastError() {
		return lastError;
	}

	private void run() {
		long step = 0;
		while (running) {
			try {
				if (connections.isEmpty()) {
					connect();
				}
				if (++step % CONCURRENT_EVERY == 0) {
					updateInBothRegions();
				} else {
					writeOnce(random.nextInt(regions.size()));
				}
				lastError = null;
				Thread.sleep(pace.toMillis());
			} catch (SQLException e) {
				lastError = e.getMessage();
				closeConnections();
				pause();
			} catch (InterruptedException e) {
				return;
			}
		}
	}

	private void connect() throws SQLException {
		for (LocalPostgres region : regions) {
			connections.add(region.connect(database));
		}
		try (Statement statement = connections.get(0).createStatement();
				ResultSet max = statement.executeQuery("SELECT coalesce(max(id), 0) FROM customers")) {
			max.next();
			nextId = max.getLong(1) + 1;
		}
	}

	private void writeOnce(int region) throws SQLException {
		int choice = random.nextInt(20);
		if (choice < 8 || existingId(region) < 0) {
			insert(region);
		} else if (choice < 19) {
			updateCredit(region, existingId(region), 1 + random.nextInt(50));
		} else {
			execute(region, "DELETE FROM customers WHERE id = ?", existingId(region));
		}
	}

	private void insert(int region) throws SQLException {
		long id = nextId++;
		while (id % regions.size() != region) {
			id = nextId++;
		}
		try (PreparedStatement insert = connections.get(region)
				.prepareStatement("INSERT INTO customers (id, name, credit) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING")) {
			insert.setLong(1, id);
			insert.setString(2, "Customer " + id);
			insert.setInt(3, random.nextInt(1_000));
			insert.executeUpdate();
		}
		writes.incrementAndGet();
	}

	/**
	 * Updates one row in both regions within {@link #CONCURRENT_GAP}: by turns each region its own column (the
	 * credit, the name), which a merge of disjoint columns resolves, and both regions the credit, which needs a
	 * person.
	 */
	private void updateInBothRegions() throws SQLException, InterruptedException {
		long id = existingId(0);
		if (id < 0) {
			return;
		}
		boolean sameColumn = concurrentUpdates.get() % 2 == 1;
		updateCredit(0, id, 10);
		Thread.sleep(CONCURRENT_GAP.toMillis());
		String second = sameColumn ? "UPDATE customers SET credit = credit + 25 WHERE id = ?"
				: "UPDATE customers SET name = name || ' *' WHERE id = ?";
		try (PreparedStatement update = connections.get(1).prepareStatement(second)) {
			update.setLong(1, id);
			if (update.executeUpdate() > 0) {
				concurrentUpdates.incrementAndGet();
			}
		}
		writes.incrementAndGet();
	}

	private void updateCredit(int region, long id, int amount) throws SQLException {
		try (PreparedStatement update = connections.get(region)
				.prepareStatement("UPDATE customers SET credit = credit + ? WHERE id = ?")) {
			update.setInt(1, amount);
			update.setLong(2, id);
			update.executeUpdate();
		}
		writes.incrementAndGet();
	}

	private void execute(int region, String sql, long id) throws SQLException {
		try (PreparedStatement statement = connections.get(region).prepareStatement(sql)) {
			statement.setLong(1, id);
			statement.executeUpdate();
		}
		writes.incrementAndGet();
	}

	/** A random row of {@code region}, or -1 when it has none. */
	private long existingId(int region) throws SQLException {
		try (Statement statement = connections.get(region).createStatement();
				ResultSet row = statement.executeQuery("SELECT id FROM customers ORDER BY random() LIMIT 1")) {
			return row.next() ? row.getLong(1) : -1;
		}
	}

	private void pause() {
		try {
			Thread.sleep(1_000);
		} catch (InterruptedException e) {
			running = false;
		}
	}

	private void closeConnections() {
		for (Connection connection : connections) {
			try {
				connection.close();
			} catch (SQLException e) {
				// already gone
			}
		}
		connections.clear();
	}

	@Override
	public void close() {
		running = false;
		thread.interrupt();
		try {
			thread.join(Duration.ofSeconds(10));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		closeConnections();
	}
}
