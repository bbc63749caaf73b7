using Strangler.Core.Testing;

namespace Strangler.Core.PostClearance.Tests;

/// <summary>The core host with the Post-Clearance Module alone, on SQLite.</summary>
public sealed class SqlitePostClearanceServer() : SqliteCoreServer(new PostClearanceModule());

/// <summary>The core host with the Post-Clearance Module alone, on PostgreSQL.</summary>
public sealed class PostgresPostClearanceServer() : PostgresCoreServer(new PostClearanceModule());
