using System.Data.Common;
using Dapper;
using Strangler.Contracts.References;

namespace Strangler.Legacy.Platform.Store;

/// <summary>
/// Number sequences kept in the stand-in's <c>&lt;PFX&gt;SEQUENCES</c> table (portable, where Oracle would use
/// CREATE SEQUENCE): one row per name and Hong Kong day (<c>SEQ_DAY</c> = yyyyMMdd, 0 for sequences that never
/// restart). A value is drawn inside the caller's transaction, so a rolled-back request leaves no gap, and the
/// row lock makes concurrent draws safe on PostgreSQL (SQLite writes are serialised anyway).
/// </summary>
public sealed class LegacySequences(string tablePrefix)
{
    public string TableName { get; } = tablePrefix + "SEQUENCES";

    /// <summary>The next value of <paramref name="name"/> (1 on first use; per day when <paramref name="day"/> is given).</summary>
    public async Task<long> NextAsync(DbConnection connection, DbTransaction transaction, string name, DateOnly? day = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var parameters = new { name, day = day is { } d ? (d.Year * 10000) + (d.Month * 100) + d.Day : 0 };

        // Two rounds are enough: if our insert lost the race, the winner's row exists for the second update.
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var next = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
                $"UPDATE {TableName} SET SEQ_VALUE = SEQ_VALUE + 1 WHERE SEQ_NAME = @name AND SEQ_DAY = @day RETURNING SEQ_VALUE",
                parameters, transaction, cancellationToken: cancellationToken));
            if (next is { } value)
            {
                return value;
            }

            var inserted = await connection.ExecuteAsync(new CommandDefinition(
                $"INSERT INTO {TableName} (SEQ_NAME, SEQ_DAY, SEQ_VALUE) VALUES (@name, @day, 1) ON CONFLICT DO NOTHING",
                parameters, transaction, cancellationToken: cancellationToken));
            if (inserted == 1)
            {
                return 1;
            }
        }

        throw new InvalidOperationException($"Sequence {name} in {TableName} could be neither advanced nor created.");
    }

    /// <summary>
    /// The next sequence part of a legacy-block reference number of <paramref name="width"/> digits, restarting
    /// every Hong Kong <paramref name="day"/>: 1 … 5·10^(width−1)−1, so its first digit is 0–4. Past the top the
    /// system cannot issue numbers that day: <see cref="SequenceExhaustedException"/>.
    /// </summary>
    public async Task<long> NextLegacyAsync(DbConnection connection, DbTransaction transaction, string name, DateOnly? day, int width,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(width, 18);
        var value = await NextAsync(connection, transaction, name, day, cancellationToken);
        var last = IssuerBlock.Legacy.LastSequence(width);
        if (value > last)
        {
            throw new SequenceExhaustedException(
                $"Sequence {name} {(day is { } d ? d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "")} passed {last}, the top of the legacy block.");
        }

        return value;
    }
}
