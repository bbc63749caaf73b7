namespace Strangler.Core.Ingest.Tests;

public sealed class SqliteBulkIngestTests(SqliteStorePair stores) : BulkIngestTests(stores), IClassFixture<SqliteStorePair>;
