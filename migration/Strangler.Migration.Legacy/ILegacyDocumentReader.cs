using System.Data.Common;
using Strangler.Core.Model.Documents;

namespace Strangler.Migration.Legacy;

/// <summary>
/// Reads one legacy interface's store as canonical documents. Provider-neutral: plain SQL through Dapper on any open
/// <see cref="DbConnection"/> (SQLite and PostgreSQL tested; Oracle by the same SQL). Read-only; safe to run while the
/// legacy system serves traffic (each call reads in one statement per table, no locks taken).
/// </summary>
public interface ILegacyDocumentReader
{
    SourceInterface Interface { get; }

    /// <summary>The canonical fields this store does not keep, per kind (see <see cref="NotHeldField"/>).</summary>
    IReadOnlyList<NotHeldField> NotHeld { get; }

    /// <summary>The selected documents in ascending reference order, each mapped or quarantined.</summary>
    IAsyncEnumerable<LegacyRead> ReadAsync(DbConnection connection, LegacySelection selection, CancellationToken cancellationToken = default);
}
