namespace Strangler.Core.Ingest.Tests;

public sealed class PostgresBulkIngestTests(PostgresStorePair stores) : BulkIngestTests(stores), IClassFixture<PostgresStorePair>;
