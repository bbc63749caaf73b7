using Npgsql;
using NpgsqlTypes;

namespace Strangler.Core.Ingest;

/// <summary>The binary COPY writers of the PostgreSQL path: new versions and their events, each row sent once.</summary>
internal static class PostgresCopy
{
    public static async Task VersionsAsync(
        NpgsqlConnection connection, string copy, IReadOnlyList<(long Document, StagedVersion Version)> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        await using var writer = await connection.BeginBinaryImportAsync(copy, cancellationToken);
        foreach (var (document, v) in rows)
        {
            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(document, NpgsqlDbType.Bigint, cancellationToken);
            await writer.WriteAsync(v.Number, NpgsqlDbType.Integer, cancellationToken);
            await writer.WriteAsync(v.Function, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync((DateTimeOffset)v.ReceivedAt, NpgsqlDbType.TimestampTz, cancellationToken);
            await writer.WriteAsync(v.Source, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(v.ClientKey, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(v.CanonicalForm, NpgsqlDbType.Bytea, cancellationToken);
            await writer.WriteAsync(v.Checksum, NpgsqlDbType.Text, cancellationToken);
            if (v.Json is null)
            {
                await writer.WriteNullAsync(cancellationToken);
            }
            else
            {
                await writer.WriteAsync(v.Json, NpgsqlDbType.Text, cancellationToken);
            }
        }

        await writer.CompleteAsync(cancellationToken);
    }

    public static async Task EventsAsync(
        NpgsqlConnection connection, string copy, IReadOnlyList<(long Document, StagedVersion Version)> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        await using var writer = await connection.BeginBinaryImportAsync(copy, cancellationToken);
        foreach (var (document, v) in rows)
        {
            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(document, NpgsqlDbType.Bigint, cancellationToken);
            await writer.WriteAsync(v.Number, NpgsqlDbType.Integer, cancellationToken);
            await writer.WriteAsync((DateTimeOffset)v.ReceivedAt, NpgsqlDbType.TimestampTz, cancellationToken);
            await writer.WriteAsync(v.EventKind, NpgsqlDbType.Text, cancellationToken);
        }

        await writer.CompleteAsync(cancellationToken);
    }
}
