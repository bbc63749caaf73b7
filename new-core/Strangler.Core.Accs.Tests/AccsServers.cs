using Strangler.Core.Testing;

namespace Strangler.Core.Accs.Tests;

public sealed class SqliteAccsServer() : SqliteCoreServer(new AccsModule());

public sealed class PostgresAccsServer() : PostgresCoreServer(new AccsModule());

public sealed class SqliteAccsMessageTests(SqliteAccsServer server) : AccsMessageTests(server), IClassFixture<SqliteAccsServer>;

public sealed class PostgresAccsMessageTests(PostgresAccsServer server) : AccsMessageTests(server), IClassFixture<PostgresAccsServer>;

public sealed class SqliteAccsStatusTests(SqliteAccsServer server) : AccsStatusTests(server), IClassFixture<SqliteAccsServer>;

public sealed class PostgresAccsStatusTests(PostgresAccsServer server) : AccsStatusTests(server), IClassFixture<PostgresAccsServer>;

public sealed class SqliteAccsConcurrencyTests(SqliteAccsServer server) : AccsConcurrencyTests(server), IClassFixture<SqliteAccsServer>;

public sealed class PostgresAccsConcurrencyTests(PostgresAccsServer server) : AccsConcurrencyTests(server), IClassFixture<PostgresAccsServer>;
