using System.Data.Common;
using System.Globalization;
using Dapper;
using Strangler.Contracts.References;
using Strangler.Core.Store.Database;

namespace Strangler.Core.Store.References;

/// <summary>
/// The sequence part of the reference numbers the new core issues: per name and day, starting at the first value of
/// the new-core block (5 followed by zeros) and never leaving it, so they can never collide with a legacy number.
/// One atomic upsert per call, so concurrent callers on PostgreSQL get distinct numbers.
/// </summary>
public sealed class ReferenceNumbers(CoreDatabase database)
{
    // next_value holds the value the next call gets; RETURNING gives the one this call took.
    private const string TakeNext = """
        INSERT INTO core_reference_sequence (name, day, next_value) VALUES (@Name, @Day, @First + 1)
        ON CONFLICT (name, day) DO UPDATE SET next_value = core_reference_sequence.next_value + 1
        RETURNING next_value - 1
        """;

    /// <summary>The next sequence value of <paramref name="name"/> on <paramref name="day"/> for <paramref name="width"/> digits.</summary>
    /// <exception cref="ReferenceBlockExhaustedException">The new-core block of this name and day is used up.</exception>
    public Task<long> NextAsync(string name, DateOnly day, int width, CancellationToken cancellationToken = default)
    {
        return database.WriteAsync((connection, transaction) => NextAsync(name, day, width, connection, transaction, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// As <see cref="NextAsync(string, DateOnly, int, CancellationToken)"/>, inside the caller's write transaction: the number
    /// is taken only if that transaction commits (on PostgreSQL the sequence row stays locked until then).
    /// </summary>
    public async Task<long> NextAsync(
        string name, DateOnly day, int width, DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(width, 18);
        ArgumentNullException.ThrowIfNull(connection);
        var first = IssuerBlock.NewCore.FirstSequence(width);
        var last = IssuerBlock.NewCore.LastSequence(width);
        var dayKey = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var value = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            TakeNext, new { Name = name, Day = dayKey, First = first }, transaction, cancellationToken: cancellationToken));
        // A value outside the block (a used-up block, or a name first used with another width) is never handed out.
        return value >= first && value <= last ? value : throw new ReferenceBlockExhaustedException(name, day, width);
    }
}
