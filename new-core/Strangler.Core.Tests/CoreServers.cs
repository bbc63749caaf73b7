using Strangler.Core.Testing;

namespace Strangler.Core.Tests;

/// <summary>The whole core service (every module) on a fresh SQLite file.</summary>
public sealed class SqliteWholeCore() : SqliteCoreServer([.. CoreModules.All()]);

/// <summary>The whole core service (every module) on a fresh PostgreSQL database.</summary>
public sealed class PostgresWholeCore() : PostgresCoreServer([.. CoreModules.All()]);
