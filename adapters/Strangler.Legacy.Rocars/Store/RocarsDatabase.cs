using System.Data.Common;
using Strangler.Legacy.Platform.Store;

namespace Strangler.Legacy.Rocars.Store;

/// <summary>
/// The ROCARS legacy store: the platform's <see cref="LegacyDatabase"/> plus the RCS_SEQUENCES draws for
/// row ids and the daily 8-digit reference sequences (CCRN, BundleRef) from the legacy block (first digit 0–4).
/// </summary>
internal sealed class RocarsDatabase(LegacyDatabase database, LegacySequences sequences)
{
    public const string CcrnSequence = "CCRN";
    public const string BundleSequence = "BUNDLE_REF";

    private const int ReferenceSequenceWidth = 8;


    public LegacyDatabase Legacy { get; } = database;

    /// <summary>The next row id of <paramref name="table"/> (never restarts).</summary>
    public Task<long> NextIdAsync(DbConnection connection, DbTransaction transaction, string table) =>
        sequences.NextAsync(connection, transaction, table);

    /// <summary>The next 8-digit reference sequence of one Hong Kong day, from 1, within the legacy block.</summary>
    public Task<long> NextDailyAsync(DbConnection connection, DbTransaction transaction, string name, DateOnly day) =>
        sequences.NextLegacyAsync(connection, transaction, name, day, ReferenceSequenceWidth);
}
