package org.syncscope.jdbc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.syncscope.jdbc.postgres.LocalPostgres;
import org.syncscope.testing.Await;
import org.syncscope.testing.TestOutput;

/**
 * Real PostgreSQL servers from the machine's installation, as the CDC demo and the pipeline tests use them:
 * two regions on their own ports of 127.0.0.1 with logical WAL for Debezium, data kept across a restart,
 * and a server whose owning process is killed (SIGKILL) stops by itself.
 */
class LocalPostgresTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	@Test
	void twoRegionsOnTheirOwnPortsWithLogicalWal() throws Exception {
		LocalPostgres eu = LocalPostgres.start(TestOutput.scratchFolder("pg-eu-").resolve("data"));
		LocalPostgres us = LocalPostgres.start(TestOutput.scratchFolder("pg-us-").resolve("data"));
		try {
			assertNotEquals(eu.port(), us.port());
			for (LocalPostgres region : new LocalPostgres[] { eu, us }) {
				assertEquals("logical", single(region, "postgres", "SHOW wal_level"));
				assertEquals("127.0.0.1", single(region, "postgres", "SHOW listen_addresses"));
				region.createDatabase("orders");
				try (Connection connection = region.connect("orders"); Statement statement = connection.createStatement()) {
					statement.execute("CREATE TABLE customers (id INT PRIMARY KEY, name TEXT)");
					statement.execute("INSERT INTO customers VALUES (1, 'Ada')");
				}
				assertEquals("Ada", single(region, "orders", "SELECT name FROM customers WHERE id = 1"));
			}
		} finally {
			eu.close();
			us.close();
		}
		assertFalse(eu.isRunning());
		assertTrue(portFree(eu.port()), "the port is free again");
	}

	@Test
	void aRestartedServerKeepsItsData() throws Exception {
		Path data = TestOutput.scratchFolder("pg-restart-").resolve("data");
		try (LocalPostgres first = LocalPostgres.start(data)) {
			first.createDatabase("orders");
			try (Connection connection = first.connect("orders"); Statement statement = connection.createStatement()) {
				statement.execute("CREATE TABLE kept (id INT PRIMARY KEY)");
				statement.execute("INSERT INTO kept VALUES (42)");
			}
		}
		try (LocalPostgres second = LocalPostgres.start(data)) {
			assertEquals("42", single(second, "orders", "SELECT id FROM kept"));
		}
	}

	@Test
	void aServerWhoseOwnerIsKilledStops() throws Exception {
		Process owner = new ProcessBuilder("sleep", "600").start();
		try {
			LocalPostgres server = LocalPostgres.start(TestOutput.scratchFolder("pg-owned-").resolve("data"),
					owner.pid());
			try {
				assertTrue(server.isRunning());
				owner.destroyForcibly().waitFor();
				Await.until("the server to stop after its owner was killed", TIMEOUT,
						() -> !server.isRunning() && portFree(server.port()));
			} finally {
				server.close();
			}
		} finally {
			owner.destroyForcibly();
		}
	}

	private static String single(LocalPostgres server, String database, String query) throws Exception {
		try (Connection connection = server.connect(database); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(query)) {
			assertTrue(rows.next(), query);
			return rows.getString(1);
		}
	}

	private static boolean portFree(int port) {
		try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
			return true;
		} catch (IOException inUse) {
			return false;
		}
	}
}
