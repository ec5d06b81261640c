package org.syncscope.connect.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class SqlTest {

	@Test
	void anUpsertUpdatesEveryColumnButTheKey() {
		assertEquals("INSERT INTO \"public\".\"customers\" (\"id\", \"name\", \"syncscope_origin\") VALUES (?, ?, ?)"
				+ " ON CONFLICT (\"id\") DO UPDATE SET \"name\" = EXCLUDED.\"name\","
				+ " \"syncscope_origin\" = EXCLUDED.\"syncscope_origin\"",
				Sql.upsert("public", "customers", List.of("id", "name", "syncscope_origin"), List.of("id")));
	}

	@Test
	void aRowThatIsAllKeyIsInsertedOrLeftAlone() {
		assertEquals("INSERT INTO \"s\".\"tags\" (\"item\", \"tag\") VALUES (?, ?) ON CONFLICT (\"item\", \"tag\")"
				+ " DO NOTHING", Sql.upsert("s", "tags", List.of("item", "tag"), List.of("item", "tag")));
	}

	@Test
	void aDeleteMatchesEveryKeyColumn() {
		assertEquals("DELETE FROM \"s\".\"tags\" WHERE \"item\" = ? AND \"tag\" = ?",
				Sql.delete("s", "tags", List.of("item", "tag")));
	}

	@Test
	void identifiersAreQuotedWithTheirQuotesDoubled() {
		assertEquals("\"we\"\"ird\"", Sql.quote("we\"ird"));
	}
}
